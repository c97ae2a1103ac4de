<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="my_MM">
    <context>
        <name>AccompanimentForm</name>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+30" />
            <source>Accompaniment</source>
            <translation>လိုက်ပါကူညီမှု</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment #%1</source>
            <translation>လိုက်ပါကူညီမှု #%1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Date</source>
            <translation>ရက်စွဲ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>When you left the office</source>
            <translation>ရုံးမှ ထွက်ခွာသည့်အချိန်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time out</source>
            <translation>ထွက်ချိန်</translation>
        </message>
        <message>
            <location line="+2" />
            <source>When you were back at the office</source>
            <translation>ရုံးသို့ ပြန်ရောက်သည့်အချိန်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time back</source>
            <translation>ပြန်ရောက်ချိန်</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Resident</source>
            <translation>နေထိုင်သူ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Destination</source>
            <translation>သွားရောက်ရာနေရာ</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Organisation</source>
            <translation>အဖွဲ့အစည်း</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Facility, counter or department</source>
            <translation>အဆောက်အအုံ၊ ကောင်တာ သို့မဟုတ် ဌာန</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facility</source>
            <translation>အဆောက်အအုံ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Purpose</source>
            <translation>ရည်ရွယ်ချက်</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Outcome</source>
            <translation>ရလဒ်</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sensitive personal information (要配慮個人情報): diagnoses, symptoms and treatment. Write only what the follow-up needs, and only with the resident's consent.</source>
            <translation>အထူးဂရုပြုရမည့် ကိုယ်ရေးအချက်အလက် (要配慮個人情報)- ရောဂါအမည်၊ ရောဂါလက္ခဏာနှင့် ကုသမှု။ နောက်ဆက်တွဲအတွက် လိုအပ်သည်များကိုသာ နေထိုင်သူ၏ သဘောတူညီချက်ဖြင့်သာ ရေးပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Health details (sensitive)</source>
            <translation>ကျန်းမာရေး အသေးစိတ် (အထူးဂရုပြုရန်)</translation>
        </message>
        <message>
            <location line="+9" />
            <source> km</source>
            <translation> ကီလိုမီတာ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Distance (round trip)</source>
            <translation>အကွာအဝေး (အသွားအပြန်)</translation>
        </message>
        <message>
            <location line="+5" />
            <source> yen</source>
            <translation> ယန်း</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Transport cost</source>
            <translation>သွားလာစရိတ်</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Follow-up date</source>
            <translation>နောက်ဆက်တွဲ ရက်စွဲ</translation>
        </message>
    </context>
    <context>
        <name>AccompanimentsPage</name>
        <message>
            <location filename="../ui/pages/lists.py" line="+56" />
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
            <source>Record ID (uuid)</source>
            <translation>မှတ်တမ်း ID (uuid)</translation>
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
            <location line="+17" />
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
            <location line="+30" />
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
            <source>%n row(s)</source>
            <translation>
                <numerusform>အတန်း %n ခု</numerusform>
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
    </context>
    <context>
        <name>BackupBox</name>
        <message>
            <location filename="../ui/pages/backup_box.py" line="+28" />
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
            <location line="+8" />
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
            <location line="+5" />
            <source>Name</source>
            <translation>အမည်</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Languages</source>
            <translation>ဘာသာစကားများ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Phone</source>
            <translation>ဖုန်း</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Email</source>
            <translation>အီးမေးလ်</translation>
        </message>
        <message>
            <location line="+7" />
            <source>SNS contacts</source>
            <translation>SNS ဆက်သွယ်ရန်</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Where they can help, e.g. a district</source>
            <translation>ကူညီပေးနိုင်သည့် နေရာ၊ ဥပမာ ရပ်ကွက်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Area</source>
            <translation>နယ်မြေ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Notes</source>
            <translation>မှတ်စုများ</translation>
        </message>
        <message>
            <location line="+5" />
            <source>ID or phone number</source>
            <translation>ID သို့မဟုတ် ဖုန်းနံပါတ်</translation>
        </message>
    </context>
    <context>
        <name>BridgePersonsList</name>
        <message>
            <location filename="../ui/pages/lists.py" line="+41" />
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
        <name>CodeItemDialog</name>
        <message>
            <location filename="../ui/pages/settings.py" line="+51" />
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
            <location filename="../ui/labels.py" line="+44" />
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
            <location line="+14" />
            <source>Date and time</source>
            <translation>ရက်စွဲနှင့် အချိန်</translation>
        </message>
        <message>
            <location line="+4" />
            <source> min</source>
            <translation> မိနစ်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time spent</source>
            <translation>ကြာချိန်</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Anonymous</source>
            <translation>အမည်မဖော်</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Resident</source>
            <translation>နေထိုင်သူ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nationality (anonymous)</source>
            <translation>နိုင်ငံသား (အမည်မဖော်)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Language used</source>
            <translation>အသုံးပြုသည့် ဘာသာစကား</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Channel</source>
            <translation>ဆက်သွယ်မှုလမ်းကြောင်း</translation>
        </message>
        <message>
            <location line="+2" />
            <source>SNS app</source>
            <translation>SNS အက်ပ်</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Interpreter</source>
            <translation>စကားပြန်</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Topics</source>
            <translation>ခေါင်းစဉ်များ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What was asked</source>
            <translation>မေးမြန်းခဲ့သည့်အရာ</translation>
        </message>
        <message>
            <location line="+4" />
            <source>What was done</source>
            <translation>ဆောင်ရွက်ခဲ့သည့်အရာ</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Referred to</source>
            <translation>ညွှန်းပို့သည့်နေရာ</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Status</source>
            <translation>အခြေအနေ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Follow-up date</source>
            <translation>နောက်ဆက်တွဲ ရက်စွဲ</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Suggested answers</source>
            <translation>အကြံပြု အဖြေများ</translation>
        </message>
    </context>
    <context>
        <name>ConsultationsPage</name>
        <message>
            <location filename="../ui/pages/lists.py" line="-70" />
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
            <location filename="../ui/session.py" line="+79" />
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
            <location filename="../ui/pages/data_transfer.py" line="+28" />
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
            <location line="+15" />
            <source>Exporting…</source>
            <translation>ထုတ်ယူနေသည်…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Exported to %1: %2</source>
            <translation>%1 သို့ ထုတ်ယူပြီးပါပြီ- %2</translation>
        </message>
        <message>
            <location line="+18" />
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
            <location filename="../ui/widgets.py" line="+98" />
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Pick a date</source>
            <translation>ရက်စွဲ ရွေးပါ</translation>
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message>
            <location filename="../ui/pages/lists.py" line="+74" />
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
        <name>DueTable</name>
        <message>
            <location filename="../ui/pages/today.py" line="+26" />
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
        <name>FirstRunWizard</name>
        <message>
            <location filename="../ui/first_run.py" line="+73" />
            <source>Madoguchi — first start</source>
            <translation>Madoguchi — ပထမဆုံး စတင်ခြင်း</translation>
        </message>
        <message>
            <location line="+15" />
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
            <location line="+33" />
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
            <location line="+2" />
            <source>Text (*.txt)</source>
            <translation>စာသား (*.txt)</translation>
        </message>
        <message>
            <location line="+10" />
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
        <name>Job</name>
        <message>
            <location filename="../ui/jobs.py" line="+53" />
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
            <location filename="../ui/labels.py" line="-42" />
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
            <location line="+6" />
            <source>Topic</source>
            <translation>ခေါင်းစဉ်</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Status</source>
            <translation>အခြေအနေ</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Add language…</source>
            <translation>ဘာသာစကား ထည့်မည်…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Question and answer</source>
            <translation>မေးခွန်းနှင့် အဖြေ</translation>
        </message>
        <message>
            <location line="+4" />
            <source>For example: 在留カード, マイナンバーカード</source>
            <translation>ဥပမာ- 在留カード, マイナンバーカード</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Documents to bring</source>
            <translation>ယူဆောင်လာရမည့် စာရွက်စာတမ်းများ</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Organisations that help</source>
            <translation>ကူညီပေးသည့် အဖွဲ့အစည်းများ</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Last reviewed</source>
            <translation>နောက်ဆုံး ပြန်လည်စစ်ဆေးသည့်ရက်</translation>
        </message>
    </context>
    <context>
        <name>KnowledgePage</name>
        <message>
            <location filename="../ui/pages/knowledge.py" line="+52" />
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
            <location line="+8" />
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
            <location line="+57" />
            <source>Due</source>
            <translation>စစ်ဆေးရန်ကျ</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not reviewed for a year: check the answer is still right</source>
            <translation>တစ်နှစ်ကြာ ပြန်လည်မစစ်ဆေးရသေးပါ- အဖြေ မှန်ကန်ဆဲဖြစ်ကြောင်း စစ်ဆေးပါ</translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>%n entries</source>
            <translation>
                <numerusform>ထည့်သွင်းချက် %n ခု</numerusform>
            </translation>
        </message>
        <message>
            <location line="+40" />
            <source>No entry chosen</source>
            <translation>ထည့်သွင်းချက် ရွေးမထားပါ</translation>
        </message>
        <message>
            <location line="+27" />
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
            <location line="+15" />
            <source>Copied</source>
            <translation>ကူးယူပြီးပါပြီ</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Marked as reviewed today</source>
            <translation>ယနေ့ စစ်ဆေးပြီးဟု မှတ်ပြီးပါပြီ</translation>
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
            <location filename="../ui/pages/list_page.py" line="+54" />
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
            <location line="+61" />
            <source>%n record(s)</source>
            <translation>
                <numerusform>မှတ်တမ်း %n ခု</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../ui/login.py" line="+167" />
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
            <location line="+5" />
            <source>Demo town: user %1 or %2, password %3</source>
            <translation>နမူနာမြို့- အသုံးပြုသူ %1 သို့မဟုတ် %2၊ စကားဝှက် %3</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Language</source>
            <translation>ဘာသာစကား</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User name</source>
            <translation>အသုံးပြုသူအမည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>စကားဝှက်</translation>
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
            <location line="+17" />
            <source>Enter your user name and password.</source>
            <translation>အသုံးပြုသူအမည်နှင့် စကားဝှက် ထည့်ပါ။</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The backup was restored. Log in again.</source>
            <translation>အရန်မိတ္တူကို ပြန်လည်ရယူပြီးပါပြီ။ ထပ်မံ ဝင်ရောက်ပါ။</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../ui/main_window.py" line="+36" />
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
            <location line="+11" />
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
            <location line="+97" />
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
            <location filename="../ui/pages/report_settings.py" line="+50" />
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
            <location line="+5" />
            <source>Name</source>
            <translation>အမည်</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kind</source>
            <translation>အမျိုးအစား</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Phone</source>
            <translation>ဖုန်း</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Email</source>
            <translation>အီးမေးလ်</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Address</source>
            <translation>လိပ်စာ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Languages spoken</source>
            <translation>ပြောဆိုနိုင်သည့် ဘာသာစကားများ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An interpreter can be arranged</source>
            <translation>စကားပြန် စီစဉ်ပေးနိုင်သည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interpreter</source>
            <translation>စကားပြန်</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Notes</source>
            <translation>မှတ်စုများ</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsList</name>
        <message>
            <location filename="../ui/pages/lists.py" line="-32" />
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
            <location filename="../ui/pages/send_dialog.py" line="+34" />
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
            <location filename="../ui/pages/users.py" line="+78" />
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
            <location filename="../ui/forms/base.py" line="+58" />
            <source>Delete…</source>
            <translation>ဖျက်မည်…</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Please correct the fields marked in red.</source>
            <translation>အနီရောင်ဖြင့် အမှတ်အသားပြထားသော အကွက်များကို ပြင်ပါ။</translation>
        </message>
        <message>
            <location line="+27" />
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
            <location filename="../ui/login.py" line="+49" />
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
            <location line="+36" />
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
            <location line="+9" />
            <source>Special allocation tax measures…</source>
            <translation>အထူးခွဲဝေထောက်ပံ့ငွေ (特別交付税) အစီအမံများ…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Hide counts below</source>
            <translation>ဤထက်နည်းသော အရေအတွက် ဖုံးကွယ်ရန်</translation>
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
            <location line="+4" />
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
            <location line="+37" />
            <source>Saved.</source>
            <translation>သိမ်းပြီးပါပြီ။</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../ui/pages/reports.py" line="+48" />
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
            <source>Email draft for the prefecture…</source>
            <translation>ခရိုင်အတွက် အီးမေးလ် မူကြမ်း…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send to the prefecture…</source>
            <translation>ခရိုင်သို့ ပို့မည်…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Save the report in</source>
            <translation>အစီရင်ခံစာကို သိမ်းမည့်နေရာ</translation>
        </message>
        <message>
            <location line="+93" />
            <source>Making the report…</source>
            <translation>အစီရင်ခံစာ ပြုလုပ်နေသည်…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Saved:</source>
            <translation>သိမ်းပြီးပါပြီ-</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Making the email draft…</source>
            <translation>အီးမေးလ် မူကြမ်း ပြုလုပ်နေသည်…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saved. Open the .eml file to check and send it from your mail program:</source>
            <translation>သိမ်းပြီးပါပြီ။ .eml ဖိုင်ကို ဖွင့်၍ စစ်ဆေးပြီး သင့်မေးလ်ပရိုဂရမ်မှ ပို့ပါ-</translation>
        </message>
    </context>
    <context>
        <name>ResidentForm</name>
        <message>
            <location filename="../ui/forms/resident.py" line="+32" />
            <source>Resident</source>
            <translation>နေထိုင်သူ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident #%1</source>
            <translation>နေထိုင်သူ #%1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Family name (native script)</source>
            <translation>မျိုးရိုးအမည် (မူရင်းစာလုံး)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Given name (native script)</source>
            <translation>ပေးထားသောအမည် (မူရင်းစာလုံး)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Family name (Latin letters)</source>
            <translation>မျိုးရိုးအမည် (လက်တင်စာလုံး)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Given name (Latin letters)</source>
            <translation>ပေးထားသောအမည် (လက်တင်စာလုံး)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reading (katakana)</source>
            <translation>အသံထွက် (katakana)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nationality</source>
            <translation>နိုင်ငံသား</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Languages</source>
            <translation>ဘာသာစကားများ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Residence status</source>
            <translation>နေထိုင်ခွင့် အဆင့်အတန်း</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Employer or host organisation</source>
            <translation>အလုပ်ရှင် သို့မဟုတ် လက်ခံအဖွဲ့အစည်း</translation>
        </message>
        <message>
            <location line="+1" />
            <source>District</source>
            <translation>ရပ်ကွက်</translation>
        </message>
        <message>
            <location line="+9" />
            <source>ID or phone number</source>
            <translation>ID သို့မဟုတ် ဖုန်းနံပါတ်</translation>
        </message>
        <message>
            <location line="+4" />
            <source>SNS contacts</source>
            <translation>SNS ဆက်သွယ်ရန်</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Arrival date</source>
            <translation>ရောက်ရှိသည့်ရက်</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Consent to keep a record: date</source>
            <translation>မှတ်တမ်းထားရန် သဘောတူညီချက်- ရက်စွဲ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Consent: how</source>
            <translation>သဘောတူညီချက်- ရယူပုံ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Notes</source>
            <translation>မှတ်စုများ</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Link</source>
            <translation>ချိတ်ဆက်မည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unlink</source>
            <translation>ချိတ်ဆက်မှု ဖြုတ်မည်</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Household</source>
            <translation>အိမ်ထောင်စု</translation>
        </message>
    </context>
    <context>
        <name>ResidentPicker</name>
        <message>
            <location filename="../ui/resident_picker.py" line="+23" />
            <source>Type a name in any script…</source>
            <translation>မည်သည့်စာလုံးဖြင့်မဆို အမည် ရိုက်ထည့်ပါ…</translation>
        </message>
    </context>
    <context>
        <name>ResidentView</name>
        <message>
            <location filename="../ui/resident_view.py" line="+46" />
            <source>Timeline</source>
            <translation>အချိန်အလိုက် မှတ်တမ်း</translation>
        </message>
        <message>
            <location line="+3" />
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
            <location line="+21" />
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
            <location line="+2" />
            <source>Household</source>
            <translation>အိမ်ထောင်စု</translation>
        </message>
    </context>
    <context>
        <name>ResidentsPage</name>
        <message>
            <location filename="../ui/pages/lists.py" line="-74" />
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
            <location filename="../ui/pages/retention_box.py" line="+25" />
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
            <location line="+17" />
            <source>%1 residents anonymised.</source>
            <translation>နေထိုင်သူ %1 ဦးကို အမည်မဖော်အဖြစ် ပြောင်းပြီးပါပြီ။</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <location filename="../ui/pages/users.py" line="-70" />
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
        <name>SearchResultsPage</name>
        <message>
            <location filename="../ui/pages/search_results.py" line="+31" />
            <source>Kind</source>
            <translation>အမျိုးအစား</translation>
        </message>
        <message>
            <location line="+0" />
            <source>When</source>
            <translation>အချိန်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>အမည်</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Detail</source>
            <translation>အသေးစိတ်</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1 result(s) for “%2”</source>
            <translation>“%2” အတွက် ရလဒ် %1 ခု</translation>
        </message>
    </context>
    <context>
        <name>SessionForm</name>
        <message>
            <location filename="../ui/forms/session.py" line="+37" />
            <source>Session</source>
            <translation>အစီအစဉ်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session #%1</source>
            <translation>အစီအစဉ် #%1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Date</source>
            <translation>ရက်စွဲ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start time</source>
            <translation>စတင်ချိန်</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kind</source>
            <translation>အမျိုးအစား</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title</source>
            <translation>ခေါင်းစီး</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Topics</source>
            <translation>ခေါင်းစဉ်များ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Languages</source>
            <translation>ဘာသာစကားများ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Venue</source>
            <translation>ကျင်းပသည့်နေရာ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Held online</source>
            <translation>အွန်လိုင်းဖြင့် ကျင်းပသည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Online</source>
            <translation>အွန်လိုင်း</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Facilitator</source>
            <translation>ဦးဆောင်သူ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Notes</source>
            <translation>မှတ်စုများ</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Add</source>
            <translation>ထည့်မည်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>ဖယ်ရှားမည်</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Registered attendees</source>
            <translation>စာရင်းရှိ တက်ရောက်သူများ</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Nationality</source>
            <translation>နိုင်ငံသား</translation>
        </message>
        <message>
            <location line="+0" />
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
            <location line="+8" />
            <source>Unregistered attendees</source>
            <translation>စာရင်းမရှိ တက်ရောက်သူများ</translation>
        </message>
        <message>
            <location line="+4" />
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
            <location filename="../ui/pages/lists.py" line="+47" />
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
            <location line="+121" />
            <source>Save</source>
            <translation>သိမ်းမည်</translation>
        </message>
        <message>
            <location line="-114" />
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
            <location line="+7" />
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
            <source>Offered</source>
            <translation>ပြသ</translation>
        </message>
        <message>
            <location line="+14" />
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
            <location line="+77" />
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
        <name>Startup</name>
        <message>
            <location filename="../ui/startup.py" line="+29" />
            <source>The database was damaged and has been moved aside to %1. No verified backup was found; please call your IT staff.</source>
            <translation>ဒေတာဘေ့စ် ပျက်စီးနေသဖြင့် %1 သို့ ဘေးဖယ်ရွှေ့ထားပါသည်။ စစ်ဆေးအတည်ပြုပြီး အရန်မိတ္တူ မတွေ့ပါ။ IT ဝန်ထမ်းကို ဆက်သွယ်ပါ။</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The database was damaged and has been moved aside to %1. Restore the newest verified backup, %2?</source>
            <translation>ဒေတာဘေ့စ် ပျက်စီးနေသဖြင့် %1 သို့ ဘေးဖယ်ရွှေ့ထားပါသည်။ နောက်ဆုံး စစ်ဆေးအတည်ပြုပြီး အရန်မိတ္တူ %2 ကို ပြန်လည်ရယူမလား။</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="../ui/labels.py" line="-11" />
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
            <location line="+6" />
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
            <location line="+19" />
            <source>Copied</source>
            <translation>ကူးယူပြီးပါပြီ</translation>
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
            <translation>ယနေ့၊ %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Follow-ups overdue (%1)</source>
            <translation>ရက်လွန်နေသော နောက်ဆက်တွဲများ (%1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-ups due today (%1)</source>
            <translation>ယနေ့ ဆောင်ရွက်ရမည့် နောက်ဆက်တွဲများ (%1)</translation>
        </message>
        <message>
            <location line="+2" />
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
            <location filename="../ui/pages/town_notes.py" line="+37" />
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
            <location line="+29" />
            <source>Saved.</source>
            <translation>သိမ်းပြီးပါပြီ။</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Making the handover pack…</source>
            <translation>တာဝန်လွှဲပြောင်း စာတွဲ ပြုလုပ်နေသည်…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved:</source>
            <translation>သိမ်းပြီးပါပြီ-</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <location filename="../ui/pages/users.py" line="+95" />
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
        <name>page</name>
        <message>
            <location filename="../ui/pages/send_dialog.py" line="+31" />
            <source>Set the prefecture's address and the mail server in Settings first.</source>
            <translation>ဆက်တင်များတွင် ခရိုင်၏ လိပ်စာနှင့် မေးလ်ဆာဗာကို ဦးစွာ သတ်မှတ်ပါ။</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Send to the prefecture</source>
            <translation>ခရိုင်သို့ ပို့ရန်</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send the %1 report (PDF and Excel) to %2?</source>
            <translation>%1 အစီရင်ခံစာ (PDF နှင့် Excel) ကို %2 သို့ ပို့မလား။</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Sending…</source>
            <translation>ပို့နေသည်…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sent to %1.</source>
            <translation>%1 သို့ ပို့ပြီးပါပြီ။</translation>
        </message>
    </context>
    <context>
        <name>run_window</name>
        <message>
            <location filename="../ui/main.py" line="+43" />
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
    </context>
    <context>
        <name>validation</name>
        <message>
            <location filename="../app/validation.py" line="+18" />
            <source>Required.</source>
            <translation>လိုအပ်ပါသည်။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not a real date (use YYYY-MM-DD).</source>
            <translation>မှန်ကန်သော ရက်စွဲ မဟုတ်ပါ (YYYY-MM-DD ကို သုံးပါ)။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not a real time (use HH:MM).</source>
            <translation>မှန်ကန်သော အချိန် မဟုတ်ပါ (HH:MM ကို သုံးပါ)။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not a real date and time (use YYYY-MM-DD HH:MM).</source>
            <translation>မှန်ကန်သော ရက်စွဲနှင့် အချိန် မဟုတ်ပါ (YYYY-MM-DD HH:MM ကို သုံးပါ)။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not in the code list.</source>
            <translation>ကုဒ်စာရင်းတွင် မပါဝင်ပါ။</translation>
        </message>
        <message>
            <location line="+1" />
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
            <source>Choose at least one topic.</source>
            <translation>ခေါင်းစဉ် အနည်းဆုံး တစ်ခု ရွေးပါ။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a resident, or the nationality for an anonymous record.</source>
            <translation>နေထိုင်သူကို ရွေးပါ၊ သို့မဟုတ် အမည်မဖော် မှတ်တမ်းအတွက် နိုင်ငံသားကို ရွေးပါ။</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Out of range.</source>
            <translation>ခွင့်ပြုထားသော အပိုင်းအခြား ပြင်ပ ဖြစ်နေသည်။</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not an email address.</source>
            <translation>အီးမေးလ်လိပ်စာ မဟုတ်ပါ။</translation>
        </message>
    </context>
</TS>
