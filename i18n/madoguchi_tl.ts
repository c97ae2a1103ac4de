<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil_PH">
    <context>
        <name>AccompanimentForm</name>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+29" />
            <source>Accompaniment</source>
            <translation>Pagsama</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment #%1</source>
            <translation>Pagsama #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+10" />
            <location filename="../ui/forms/accompaniment.py" line="+6" />
            <source>Date</source>
            <translation>Petsa</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>When you left the office</source>
            <translation>Oras ng pag-alis mo sa opisina</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Time out</source>
            <translation>Oras ng alis</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>When you were back at the office</source>
            <translation>Oras ng pagbalik mo sa opisina</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Time back</source>
            <translation>Oras ng balik</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Resident</source>
            <translation>Residente</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Destination</source>
            <translation>Pupuntahan</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Organisation</source>
            <translation>Organisasyon</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+6" />
            <source>Facility or counter</source>
            <translation>Pasilidad o counter</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Facility</source>
            <translation>Pasilidad</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>e.g. 内科, 住民課</source>
            <translation>hal. 内科, 住民課</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Department</source>
            <translation>Departamento</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Who went with the resident</source>
            <translation>Sino ang sumama sa residente</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Accompanied by</source>
            <translation>Sinamahan ni</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Interpreter</source>
            <translation>Interpreter</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Purpose</source>
            <translation>Layunin</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+3" />
            <source>Outcome</source>
            <translation>Kinalabasan</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+4" />
            <source>Sensitive personal information (要配慮個人情報): diagnoses, symptoms and treatment. Write only what the follow-up needs, and only with the resident's consent.</source>
            <translation>Sensitibong personal na impormasyon (要配慮個人情報): diyagnosis, sintomas at gamutan. Isulat lamang ang kailangan para sa follow-up, at kung may pahintulot lamang ng residente.</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+3" />
            <source>Health details (sensitive)</source>
            <translation>Detalye ng kalusugan (sensitibo)</translation>
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
            <translation>Layo (balikan)</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+5" />
            <source> yen</source>
            <translation> yen</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Transport cost</source>
            <translation>Gastos sa pamasahe</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Follow-up date</source>
            <translation>Petsa ng follow-up</translation>
        </message>
    </context>
    <context>
        <name>AccompanimentsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+39" />
            <source>Date</source>
            <translation>Petsa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Out</source>
            <translation>Alis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back</source>
            <translation>Balik</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>Residente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name (Latin)</source>
            <translation>Pangalan (Latin)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Destination</source>
            <translation>Pupuntahan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facility</source>
            <translation>Pasilidad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department</source>
            <translation>Departamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Transport (yen)</source>
            <translation>Pamasahe (yen)</translation>
        </message>
    </context>
    <context>
        <name>AuditAction</name>
        <message>
            <location filename="../ui/pages/audit.py" line="+29" />
            <source>Created</source>
            <translation>Ginawa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changed</source>
            <translation>Binago</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deleted</source>
            <translation>Binura</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Viewed</source>
            <translation>Tiningnan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exported</source>
            <translation>In-export</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Imported</source>
            <translation>In-import</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Report made</source>
            <translation>Gumawa ng ulat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Printed</source>
            <translation>Na-print</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backup</source>
            <translation>Backup</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore</source>
            <translation>Pag-restore</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Logged in</source>
            <translation>Nag-log in</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Logged out</source>
            <translation>Nag-log out</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Failed login</source>
            <translation>Bigong pag-log in</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locked out</source>
            <translation>Na-lock out</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unlocked</source>
            <translation>Na-unlock</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymised</source>
            <translation>Ginawang anonymous</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Values removed</source>
            <translation>Inalis ang mga value</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <location line="+2" />
            <source>User account</source>
            <translation>User account</translation>
        </message>
        <message>
            <location line="+18" />
            <location line="+24" />
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <location line="-21" />
            <source>From</source>
            <translation>Mula</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to</source>
            <translation>hanggang</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Record ID (uuid; in a record's tooltip)</source>
            <translation>Record ID (uuid; nasa tooltip ng record)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show</source>
            <translation>Ipakita</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Time</source>
            <translation>Oras</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Action</source>
            <translation>Aksiyon</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>Uri</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record</source>
            <translation>Rekord</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Changes</source>
            <translation>Mga pagbabago</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Verify chain</source>
            <translation>Suriin ang chain</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Check that no audit row was altered or removed since it was written</source>
            <translation>Suriin na walang hilera ng audit na binago o inalis mula nang isulat ito</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Any user</source>
            <translation>Lahat ng user</translation>
        </message>
        <message>
            <location line="+35" />
            <source>(values removed when the record was purged)</source>
            <translation>(inalis ang mga value nang permanenteng burahin ang rekord)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The newest %1 rows; narrow the filter to see older ones.</source>
            <translation>Ang pinakabagong %1 hilera; paliitin ang filter para makita ang mas luma.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln hilera</numerusform>
                <numerusform>%Ln na hilera</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>The audit trail is intact (%1 rows).</source>
            <translation>Buo at hindi nagalaw ang audit trail (%1 hilera).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Audit row %1 was altered or removed.</source>
            <translation>Binago o inalis ang hilera ng audit na %1.</translation>
        </message>
        <message>
            <location filename="../ui/audit_text.py" line="+44" />
            <source>(deleted) %1</source>
            <translation>(binura) %1</translation>
        </message>
    </context>
    <context>
        <name>BackupBox</name>
        <message>
            <location filename="../ui/pages/backup_box.py" line="+29" />
            <source>Backups</source>
            <translation>Mga backup</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Change folder…</source>
            <translation>Palitan ang folder…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Back up now</source>
            <translation>Mag-backup ngayon</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Restore from a backup…</source>
            <translation>I-restore mula sa backup…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A verified, encrypted backup is made at the first start of each day and before every import, restore and purge; 7 daily, 4 weekly and 12 monthly are kept.</source>
            <translation>Gumagawa ng beripikado at naka-encrypt na backup sa unang pagbukas bawat araw at bago ang bawat import, restore at permanenteng pagbura; 7 araw-araw, 4 lingguhan at 12 buwanan ang itinatago.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Folder for backups</source>
            <translation>Folder para sa mga backup</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Saved.</source>
            <translation>Na-save.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Restore from a backup</source>
            <translation>I-restore mula sa backup</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Restore</source>
            <translation>I-restore</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore %1? The current database is kept aside, never deleted, and the window opens again on the restored records.</source>
            <translation>I-restore ang %1? Itatabi ang kasalukuyang database at hindi kailanman buburahin, at muling bubukas ang window na may mga na-restore na rekord.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Backed up to %1</source>
            <translation>Na-backup sa %1</translation>
        </message>
    </context>
    <context>
        <name>BridgePersonForm</name>
        <message>
            <location filename="../ui/forms/directory.py" line="+79" />
            <source>Bridge person</source>
            <translation>Taong-tulay</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge person #%1</source>
            <translation>Taong-tulay #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+78" />
            <location filename="../ui/forms/directory.py" line="+5" />
            <source>Name</source>
            <translation>Pangalan</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Languages</source>
            <translation>Mga wika</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Phone</source>
            <translation>Telepono</translation>
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
            <translation>Mga SNS contact</translation>
        </message>
        <message>
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Where they can help, e.g. a district</source>
            <translation>Kung saan siya makakatulong, hal. isang distrito</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/directory.py" line="+1" />
            <source>Area</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+3" />
            <source>Notes</source>
            <translation>Mga tala</translation>
        </message>
        <message>
            <location filename="../ui/forms/directory.py" line="+5" />
            <source>ID or phone number</source>
            <translation>ID o numero ng telepono</translation>
        </message>
    </context>
    <context>
        <name>BridgePersonsList</name>
        <message>
            <location filename="../ui/list_headers.py" line="-33" />
            <source>Name</source>
            <translation>Pangalan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Languages</source>
            <translation>Mga wika</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Telepono</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Area</source>
            <translation>Lugar</translation>
        </message>
    </context>
    <context>
        <name>CardTable</name>
        <message>
            <location filename="../ui/pages/today.py" line="+59" />
            <source>Period of stay ends</source>
            <translation>Katapusan ng pananatili</translation>
        </message>
        <message>
            <location line="+0" />
            <source>In</source>
            <translation>Sa loob ng</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>Residente</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Residence status</source>
            <translation>Residence status</translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>%Ln day(s)</source>
            <translation>
                <numerusform>%Ln araw</numerusform>
                <numerusform>%Ln na araw</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>ended %Ln day(s) ago</source>
            <translation>
                <numerusform>natapos %Ln araw na ang nakalipas</numerusform>
                <numerusform>natapos %Ln na araw na ang nakalipas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CategoriesDialog</name>
        <message>
            <location filename="../ui/pages/categories_dialog.py" line="+32" />
            <source>Other bodies' categories</source>
            <translation>Mga kategorya ng ibang ahensya</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Topics counted in this category</source>
            <translation>Mga paksang binibilang sa kategoryang ito</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Back to the shipped example</source>
            <translation>Ibalik sa kasamang halimbawa</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Topics in no category (counted as unmapped): %1</source>
            <translation>Mga paksang walang kategorya (binibilang bilang walang mapa): %1</translation>
        </message>
    </context>
    <context>
        <name>CodeItemDialog</name>
        <message>
            <location filename="../ui/pages/settings.py" line="+54" />
            <location line="+13" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Offered in forms</source>
            <translation>Ipinapakita sa mga form</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Japanese label</source>
            <translation>Label sa Japanese</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English label</source>
            <translation>Label sa English</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Order</source>
            <translation>Pagkakasunod</translation>
        </message>
    </context>
    <context>
        <name>CodeList</name>
        <message>
            <location filename="../ui/labels.py" line="+73" />
            <source>Consultation topics</source>
            <translation>Mga paksa ng konsultasyon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channels</source>
            <translation>Mga paraan ng pakikipag-ugnayan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SNS apps</source>
            <translation>Mga SNS app</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment destinations</source>
            <translation>Mga pupuntahan sa pagsama</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session kinds</source>
            <translation>Mga uri ng sesyon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session topics</source>
            <translation>Mga paksa ng sesyon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residence statuses</source>
            <translation>Mga status ng paninirahan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationalities</source>
            <translation>Mga nasyonalidad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Languages</source>
            <translation>Mga wika</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation kinds</source>
            <translation>Mga uri ng organisasyon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent methods</source>
            <translation>Mga paraan ng pahintulot</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Household relations</source>
            <translation>Mga relasyon sa pamilya</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interpreters</source>
            <translation>Mga interpreter</translation>
        </message>
    </context>
    <context>
        <name>ColumnsPage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="+170" />
            <source>Header row and columns</source>
            <translation>Header row at mga column</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Each column's field is guessed from its header name; change it where the guess is wrong. Columns Madoguchi does not know are kept in the notes.</source>
            <translation>Hinuhulaan ang field ng bawat column mula sa pangalan ng header nito; palitan kung mali ang hula. Itinatago sa mga tala ang mga column na hindi kilala ng Madoguchi.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sheet</source>
            <translation>Sheet</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Header row</source>
            <translation>Header row</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Example</source>
            <translation>Halimbawa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Field</source>
            <translation>Field</translation>
        </message>
    </context>
    <context>
        <name>ConflictsPage</name>
        <message>
            <location filename="../ui/pages/conflicts.py" line="+55" />
            <source>Record</source>
            <translation>Rekord</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Found</source>
            <translation>Natagpuan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What differs</source>
            <translation>Ang magkaiba</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <location line="+0" />
            <source>This device</source>
            <translation>Device na ito</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other device</source>
            <translation>Ibang device</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Keep</source>
            <translation>Panatilihin</translation>
        </message>
        <message>
            <location line="+5" />
            <source>All mine</source>
            <translation>Lahat ng akin</translation>
        </message>
        <message>
            <location line="+2" />
            <source>All theirs</source>
            <translation>Lahat ng sa kanila</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+120" />
            <source>Resolve</source>
            <translation>Lutasin</translation>
        </message>
        <message>
            <location line="-102" />
            <source>%1 open conflicts. A record changed on two devices since they last synced is kept as it is on each until you choose, field by field, which value to keep.</source>
            <translation>%1 bukas na conflict. Ang rekord na binago sa dalawang device mula nang huling mag-sync ay pinananatili sa bawat isa hanggang pumili ka, bawat field, kung aling halaga ang itatago.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>deleted on this device</source>
            <translation>binura sa device na ito</translation>
        </message>
        <message>
            <location line="+1" />
            <source>deleted on the other device</source>
            <translation>binura sa ibang device</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Resident</source>
            <translation>Residente</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Consultation</source>
            <translation>Konsultasyon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment</source>
            <translation>Pagsama</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Session</source>
            <translation>Sesyon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation</source>
            <translation>Organisasyon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge person</source>
            <translation>Tulay na tao</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge entry</source>
            <translation>Entry ng kaalaman</translation>
        </message>
        <message>
            <location line="+14" />
            <source>No conflict chosen.</source>
            <translation>Walang napiling conflict.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Deleted on one device and changed on the other. Keep the record, or its deletion?</source>
            <translation>Binura sa isang device at binago sa kabila. Itago ang rekord, o ang pagbura nito?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose the value to keep for each field.</source>
            <translation>Piliin ang halagang itatago sa bawat field.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The record</source>
            <translation>Ang rekord</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>deleted</source>
            <translation>binura</translation>
        </message>
        <message>
            <location line="-1" />
            <location line="+1" />
            <source>kept</source>
            <translation>itinago</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Mine</source>
            <translation>Akin</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Theirs</source>
            <translation>Sa kanila</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit</source>
            <translation>I-edit</translation>
        </message>
    </context>
    <context>
        <name>ConsultationForm</name>
        <message>
            <location filename="../ui/forms/consultation.py" line="+32" />
            <source>Consultation</source>
            <translation>Konsultasyon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultation #%1</source>
            <translation>Konsultasyon #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="-91" />
            <location filename="../ui/forms/consultation.py" line="+15" />
            <source>Date and time</source>
            <translation>Petsa at oras</translation>
        </message>
        <message>
            <location filename="../ui/forms/consultation.py" line="+4" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/consultation.py" line="+1" />
            <source>Time spent</source>
            <translation>Oras na ginugol</translation>
        </message>
        <message>
            <location filename="../ui/forms/consultation.py" line="+6" />
            <source>Anonymous</source>
            <translation>Anonymous</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/consultation.py" line="+3" />
            <source>Resident</source>
            <translation>Residente</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>Nationality (anonymous)</source>
            <translation>Nasyonalidad (anonymous)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+5" />
            <source>Language used</source>
            <translation>Wikang ginamit</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>Channel</source>
            <translation>Paraan</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>SNS app</source>
            <translation>SNS app</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+3" />
            <source>Interpreter</source>
            <translation>Interpreter</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>Topics</source>
            <translation>Mga paksa</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+3" />
            <source>What was asked</source>
            <translation>Ano ang itinanong</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+4" />
            <source>What was done</source>
            <translation>Ano ang ginawa</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+5" />
            <source>Referred to</source>
            <translation>Ini-refer sa</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+4" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>Follow-up date</source>
            <translation>Petsa ng follow-up</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+14" />
            <source>Suggested answers</source>
            <translation>Mga mungkahing sagot</translation>
        </message>
    </context>
    <context>
        <name>ConsultationsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+11" />
            <source>Date and time</source>
            <translation>Petsa at oras</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>Residente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name (Latin)</source>
            <translation>Pangalan (Latin)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was asked</source>
            <translation>Ano ang itinanong</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationality</source>
            <translation>Nasyonalidad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language</source>
            <translation>Wika</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channel</source>
            <translation>Paraan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Topics</source>
            <translation>Mga paksa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minutes</source>
            <translation>Minuto</translation>
        </message>
    </context>
    <context>
        <name>Curtain</name>
        <message>
            <location filename="../ui/session.py" line="+87" />
            <source>Locked</source>
            <translation>Naka-lock</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Madoguchi (locked)</source>
            <translation>Madoguchi (naka-lock)</translation>
        </message>
    </context>
    <context>
        <name>DataTransferBox</name>
        <message>
            <location filename="../ui/pages/data_transfer.py" line="+27" />
            <source>All records as a file</source>
            <translation>Lahat ng rekord bilang isang file</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Export all records…</source>
            <translation>I-export ang lahat ng rekord…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import records…</source>
            <translation>Mag-import ng mga rekord…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Export all records</source>
            <translation>I-export ang lahat ng rekord</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Import records</source>
            <translation>Mag-import ng mga rekord</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Exporting…</source>
            <translation>Ine-export…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Exported to %1: %2</source>
            <translation>Na-export sa %1: %2</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Importing…</source>
            <translation>Ini-import…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Imported from %1: %2</source>
            <translation>Na-import mula sa %1: %2</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../ui/widgets.py" line="+172" />
            <source>Pick a date</source>
            <translation>Pumili ng petsa</translation>
        </message>
        <message>
            <location line="+44" />
            <source>not a date</source>
            <translation>hindi petsa</translation>
        </message>
    </context>
    <context>
        <name>DevicesBox</name>
        <message>
            <location filename="../ui/pages/devices.py" line="+63" />
            <source>Sync between devices</source>
            <translation>Pag-sync sa pagitan ng mga device</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose folder…</source>
            <translation>Pumili ng folder…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sync now</source>
            <translation>I-sync ngayon</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+60" />
            <source>Sync folder</source>
            <translation>Folder ng sync</translation>
        </message>
        <message>
            <location line="-54" />
            <source>Each device writes an encrypted packet of its changes to this folder (a shared folder or a USB stick) and reads the others' packets. It also happens at login and logout when the folder can be reached.</source>
            <translation>Bawat device ay nagsusulat ng naka-encrypt na packet ng mga pagbabago nito sa folder na ito (shared folder o USB stick) at binabasa ang mga packet ng iba. Nangyayari rin ito sa pag-login at pag-logout kapag naaabot ang folder.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Devices of this town</source>
            <translation>Mga device ng bayang ito</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Device</source>
            <translation>Device</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>Pangalan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last heard from</source>
            <translation>Huling natanggap</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changes not yet confirmed</source>
            <translation>Mga pagbabagong hindi pa kumpirmado</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add device…</source>
            <translation>Magdagdag ng device…</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+86" />
            <location line="+20" />
            <location line="+9" />
            <source>Revoke device</source>
            <translation>Bawiin ang device</translation>
        </message>
        <message>
            <location line="-100" />
            <source>(none chosen)</source>
            <translation>(walang napili)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>this device</source>
            <translation>device na ito</translation>
        </message>
        <message>
            <location line="+1" />
            <source>revoked</source>
            <translation>binawi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>never</source>
            <translation>hindi pa</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Open conflicts: %1</source>
            <translation>Bukas na conflict: %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Sync</source>
            <translation>Sync</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Syncing…</source>
            <translation>Nagsi-sync…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Copy of this town for another device</source>
            <translation>Kopya ng bayang ito para sa ibang device</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Madoguchi database (*.db)</source>
            <translation>Database ng Madoguchi (*.db)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Add device</source>
            <translation>Magdagdag ng device</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Device %1 added. Copy both files (%2 and its .keys file) to the other device's data folder.</source>
            <translation>Naidagdag ang device %1. Kopyahin ang dalawang file (%2 at ang .keys file nito) sa data folder ng ibang device.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Refuse every packet of device %1 from now on, on every device, and give this database a new key? Do this for a lost or retired device.</source>
            <translation>Tanggihan ang bawat packet ng device %1 mula ngayon, sa bawat device, at bigyan ng bagong key ang database na ito? Gawin ito para sa nawala o hindi na ginagamit na device.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Revoking device…</source>
            <translation>Binabawi ang device…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Device %1 is revoked, but this database was not re-keyed: the accounts %2 were made by an older Madoguchi and change at their next login; revoke the device again after that.</source>
            <translation>Nabawi na ang device %1, pero hindi pa napalitan ang key ng database na ito: ginawa ng mas lumang Madoguchi ang mga account na %2 at magbabago ang mga ito sa susunod na pag-login; bawiin muli ang device pagkatapos noon.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Device %1 is revoked and this database has a new key: backups made from now on cannot be opened with the lost device's key.</source>
            <translation>Nabawi na ang device %1 at may bagong key na ang database na ito: hindi na mabubuksan gamit ang key ng nawalang device ang mga backup na gagawin mula ngayon.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No other device was left, so the town has a new sync key: devices added from now on get it; the lost device's packets are refused.</source>
            <translation>Wala nang ibang device, kaya may bagong sync key ang bayan: makukuha ito ng mga device na idaragdag mula ngayon; tatanggihan ang mga packet ng nawalang device.</translation>
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message>
            <location filename="../ui/pages/lists.py" line="+76" />
            <source>Organisations</source>
            <translation>Mga organisasyon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge persons</source>
            <translation>Mga taong-tulay</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="+256" />
            <source>Imported</source>
            <translation>Na-import na</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The records are in Madoguchi; each keeps the file, sheet and row it came from.</source>
            <translation>Nasa Madoguchi na ang mga rekord; nakatala sa bawat isa ang file, sheet at row na pinagmulan nito.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Save the import report (CSV)…</source>
            <translation>I-save ang ulat ng import (CSV)…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 residents were added and %2 updated; %3 not on the roster are listed in the report to check. A backup was made first.</source>
            <translation>%1 residente ang naidagdag at %2 ang na-update; ang %3 na wala sa listahan ay nakalista sa ulat para masuri. Gumawa muna ng backup.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 consultations were imported; %2 residents were added and %3 already known ones were linked. A backup was made first.</source>
            <translation>%1 konsultasyon ang na-import; %2 residente ang naidagdag at %3 na kilala na ang na-link. Gumawa muna ng backup.</translation>
        </message>
    </context>
    <context>
        <name>DueTable</name>
        <message>
            <location filename="../ui/pages/today.py" line="-41" />
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Consulted</source>
            <translation>Petsa ng konsulta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>Residente</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was asked</source>
            <translation>Ano ang itinanong</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../ui/errors.py" line="+26" />
            <source>Something unexpected went wrong (%1). Your saved records are safe; what happened was written to %2 for your IT staff.</source>
            <translation>May hindi inaasahang nangyaring mali (%1). Ligtas ang mga naka-save na rekord; isinulat sa %2 ang nangyari para sa inyong IT staff.</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="-411" />
            <source>Choose the file and its sheets</source>
            <translation>Piliin ang file at ang mga sheet nito</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An Excel workbook (.xlsx, .xls) or a CSV file: an old log of consultations, or the resident roster. Nothing is written until the last step.</source>
            <translation>Isang Excel workbook (.xlsx, .xls) o CSV file: lumang talaan ng mga konsultasyon, o ang listahan ng mga residente. Walang isusulat hanggang sa huling hakbang.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A log of consultations</source>
            <translation>Talaan ng mga konsultasyon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The resident roster (住民基本台帳 extract)</source>
            <translation>Listahan ng mga residente (extract ng 住民基本台帳)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The file holds:</source>
            <translation>Laman ng file:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Choose file…</source>
            <translation>Pumili ng file…</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+54" />
            <source>Mapping profile: none (guessed from the file)</source>
            <translation>Mapping profile: wala (hinulaan mula sa file)</translation>
        </message>
        <message>
            <location line="-52" />
            <source>Load mapping profile…</source>
            <translation>I-load ang mapping profile…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sheets to import:</source>
            <translation>Mga sheet na ii-import:</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Reading the file…</source>
            <translation>Binabasa ang file…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 (%2 rows)</source>
            <translation>%1 (%2 row)</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Mapping profile: %1</source>
            <translation>Mapping profile: %1</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <location filename="../ui/first_run.py" line="+86" />
            <source>Madoguchi — first start</source>
            <translation>Madoguchi — unang pagbukas</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Welcome to Madoguchi</source>
            <translation>Maligayang pagdating sa Madoguchi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no database here yet. Madoguchi will make a new encrypted database in:</source>
            <translation>Wala pang database dito. Gagawa ang Madoguchi ng bagong naka-encrypt na database sa:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>First, the town's name and the administrator: the clerk who looks after Madoguchi, adds the other users and keeps the recovery code.</source>
            <translation>Una, ang pangalan ng bayan at ang administrator: ang kawaning nangangasiwa sa Madoguchi, nagdaragdag ng ibang user at nag-iingat ng recovery code.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>At least %1 characters</source>
            <translation>Hindi bababa sa %1 character</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Town name (Japanese)</source>
            <translation>Pangalan ng bayan (Japanese)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Administrator's user name</source>
            <translation>User name ng administrator</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password again</source>
            <translation>Ulitin ang password</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cancel</source>
            <translation>Kanselahin</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Create the database</source>
            <translation>Gawin ang database</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Please enter the town's name.</source>
            <translation>Pakilagay ang pangalan ng bayan.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Please enter a user name for the administrator.</source>
            <translation>Pakilagay ang user name para sa administrator.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Use at least %1 characters for the password.</source>
            <translation>Gumamit ng hindi bababa sa %1 character para sa password.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The two passwords are not the same.</source>
            <translation>Hindi magkapareho ang dalawang password.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The folder %1 does not exist.</source>
            <translation>Hindi umiiral ang folder na %1.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>The recovery code</source>
            <translation>Ang recovery code</translation>
        </message>
        <message>
            <location line="+2" />
            <source>If every administrator password is lost, only this code opens the database. It is shown now and never again, and Madoguchi does not keep it.</source>
            <translation>Kung mawala ang password ng lahat ng administrator, ang code na ito lamang ang makapagbubukas ng database. Ipinapakita ito ngayon at hindi na muli, at hindi ito itinatago ng Madoguchi.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Print it, or write it down by hand, and keep the paper in the office safe. Do not keep it on this computer or in email.</source>
            <translation>I-print ito, o isulat ito sa papel, at itago ang papel sa safe ng opisina. Huwag itong itago sa computer na ito o sa email.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Printing is not available here. Write the code down by hand now and keep the paper in the office safe. Save it as a text file only to print it elsewhere, then delete the file.</source>
            <translation>Hindi puwedeng mag-print dito. Isulat ngayon sa papel ang code at itago ang papel sa safe ng opisina. I-save ito bilang text file para lamang mai-print sa ibang lugar, pagkatapos ay burahin ang file.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Print…</source>
            <translation>I-print…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save as text file…</source>
            <translation>I-save bilang text file…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>I have written down or printed the recovery code</source>
            <translation>Naisulat o na-print ko na ang recovery code</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Finish and open Madoguchi</source>
            <translation>Tapusin at buksan ang Madoguchi</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Madoguchi recovery code</source>
            <translation>Recovery code ng Madoguchi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep this paper in the office safe. Anyone who has it and the database file can read every record.</source>
            <translation>Itago ang papel na ito sa safe ng opisina. Sinumang may hawak nito at ng database file ay makababasa ng bawat rekord.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Sent to the printer.</source>
            <translation>Naipadala sa printer.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save the recovery code</source>
            <translation>I-save ang recovery code</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Text (*.txt)</source>
            <translation>Text (*.txt)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Could not save: %1</source>
            <translation>Hindi ma-save: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved. Print it, then delete the file.</source>
            <translation>Na-save. I-print ito, pagkatapos ay burahin ang file.</translation>
        </message>
    </context>
    <context>
        <name>FirstSteps</name>
        <message>
            <location filename="../ui/pages/today.py" line="+52" />
            <source>First steps</source>
            <translation>Mga unang hakbang</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This town has no records yet. A new town usually starts so:</source>
            <translation>Wala pang record ang bayang ito. Karaniwang nagsisimula nang ganito:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>1. The town's name and the report settings</source>
            <translation>1. Pangalan ng bayan at mga setting ng ulat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>2. Accounts for the staff (the CIR, a colleague)</source>
            <translation>2. Mga account para sa kawani (ang CIR, isang kasamahan)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>3. Old records from Excel or CSV, and the roster</source>
            <translation>3. Mga lumang record mula sa Excel o CSV, at ang talaan ng residente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>4. A knowledge pack from another town</source>
            <translation>4. Isang knowledge pack mula sa ibang bayan</translation>
        </message>
    </context>
    <context>
        <name>Job</name>
        <message>
            <location filename="../ui/jobs.py" line="+125" />
            <source>Unexpected error (%1).</source>
            <translation>Hindi inaasahang error (%1).</translation>
        </message>
        <message>
            <location line="-44" />
            <source>Cancel</source>
            <translation>Kanselahin</translation>
        </message>
    </context>
    <context>
        <name>KbStatus</name>
        <message>
            <location filename="../ui/forms/knowledge.py" line="+33" />
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Published</source>
            <translation>Nailathala</translation>
        </message>
    </context>
    <context>
        <name>Kind</name>
        <message>
            <location filename="../ui/labels.py" line="-66" />
            <source>Resident</source>
            <translation>Residente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultation</source>
            <translation>Konsultasyon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment</source>
            <translation>Pagsama</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session</source>
            <translation>Sesyon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation</source>
            <translation>Organisasyon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge person</source>
            <translation>Taong-tulay</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge entry</source>
            <translation>Entry sa knowledge base</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeForm</name>
        <message>
            <location filename="../ui/forms/knowledge.py" line="+44" />
            <source>Knowledge entry</source>
            <translation>Entry sa knowledge base</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge entry #%1</source>
            <translation>Entry sa knowledge base #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+54" />
            <location filename="../ui/forms/knowledge.py" line="+6" />
            <source>Topic</source>
            <translation>Paksa</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+4" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../ui/forms/knowledge.py" line="+7" />
            <source>Add language…</source>
            <translation>Magdagdag ng wika…</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+9" />
            <source>Question and answer</source>
            <translation>Tanong at sagot</translation>
        </message>
        <message>
            <location filename="../ui/forms/knowledge.py" line="+4" />
            <source>For example: 在留カード, マイナンバーカード</source>
            <translation>Halimbawa: 在留カード, マイナンバーカード</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+1" />
            <source>Documents to bring</source>
            <translation>Mga dokumentong dadalhin</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+12" />
            <source>Organisations that help</source>
            <translation>Mga organisasyong tumutulong</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+4" />
            <source>Last reviewed</source>
            <translation>Huling nirepaso</translation>
        </message>
    </context>
    <context>
        <name>KnowledgePack</name>
        <message>
            <location filename="../ui/kb_pack.py" line="+22" />
            <source>Knowledge pack from %1: %2 new, %3 changed, %4 already here; %5 organisations to add. Import it?</source>
            <translation>Knowledge pack mula sa %1: %2 bago, %3 binago, %4 narito na; %5 tanggapang idaragdag. I-import ito?</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Import a knowledge pack</source>
            <translation>Mag-import ng knowledge pack</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Export a knowledge pack</source>
            <translation>Mag-export ng knowledge pack</translation>
        </message>
        <message>
            <location line="+31" />
            <source>%1 published entries were written to %2.</source>
            <translation>Naisulat ang %1 nailathalang entry sa %2.</translation>
        </message>
    </context>
    <context>
        <name>KnowledgePage</name>
        <message>
            <location filename="../ui/pages/knowledge.py" line="+57" />
            <source>Search questions and answers, in any language</source>
            <translation>Maghanap sa mga tanong at sagot, sa anumang wika</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Any topic</source>
            <translation>Lahat ng paksa</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Show drafts</source>
            <translation>Ipakita ang mga draft</translation>
        </message>
        <message>
            <location line="+6" />
            <source>New entry…</source>
            <translation>Bagong entry…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New knowledge entry (Ctrl+N)</source>
            <translation>Bagong entry sa knowledge base (Ctrl+N)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Knowledge packs</source>
            <translation>Mga knowledge pack</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share the published entries with another town, or take theirs in</source>
            <translation>Ibahagi ang mga nailathalang entry sa ibang bayan, o kunin ang sa kanila</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Import a knowledge pack…</source>
            <translation>Mag-import ng knowledge pack…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export a knowledge pack…</source>
            <translation>Mag-export ng knowledge pack…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Topic</source>
            <translation>Paksa</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Question</source>
            <translation>Tanong</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Languages</source>
            <translation>Mga wika</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last reviewed</source>
            <translation>Huling nirepaso</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Used</source>
            <translation>Nagamit</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Review</source>
            <translation>Repaso</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Language</source>
            <translation>Wika</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Copy for SNS</source>
            <translation>Kopyahin para sa SNS</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the question and answer in the chosen language, as plain text for Messenger, Zalo or LINE</source>
            <translation>Kopyahin ang tanong at sagot sa napiling wika, bilang plain text para sa Messenger, Zalo o LINE</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit…</source>
            <translation>I-edit…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mark reviewed</source>
            <translation>Markahang nirepaso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The answer is still right: record today as its review date</source>
            <translation>Tama pa rin ang sagot: itala ang petsa ngayon bilang petsa ng repaso</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Due</source>
            <translation>Dapat repasuhin</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not reviewed for a year: check the answer is still right</source>
            <translation>Hindi narepaso nang isang taon: tiyaking tama pa rin ang sagot</translation>
        </message>
        <message numerus="yes">
            <location line="+13" />
            <source>%Ln entries</source>
            <translation>
                <numerusform>%Ln entry</numerusform>
                <numerusform>%Ln na entry</numerusform>
            </translation>
        </message>
        <message>
            <location line="+40" />
            <source>No entry chosen</source>
            <translation>Walang napiling entry</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Documents to bring:</source>
            <translation>Mga dokumentong dadalhin:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Organisations that help:</source>
            <translation>Mga tanggapang makatutulong:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Never reviewed</source>
            <translation>Hindi pa narepaso</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last reviewed %1 by %2</source>
            <translation>Huling nirepaso noong %1 ni %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Last reviewed %1</source>
            <translation>Huling nirepaso noong %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>From %1</source>
            <translation>Mula sa %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Copied</source>
            <translation>Nakopya</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Marked as reviewed today</source>
            <translation>Minarkahang nirepaso ngayong araw</translation>
        </message>
    </context>
    <context>
        <name>LanguageChooser</name>
        <message>
            <location filename="../ui/login.py" line="+94" />
            <source>Language</source>
            <translation>Wika</translation>
        </message>
    </context>
    <context>
        <name>LanguageTab</name>
        <message>
            <location filename="../ui/forms/knowledge.py" line="-67" />
            <source>Question</source>
            <translation>Tanong</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answer</source>
            <translation>Sagot</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove this language</source>
            <translation>Alisin ang wikang ito</translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <location filename="../ui/pages/list_page.py" line="+50" />
            <source>From</source>
            <translation>Mula</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to</source>
            <translation>hanggang</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Any status</source>
            <translation>Lahat ng status</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Any topic</source>
            <translation>Lahat ng paksa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any language</source>
            <translation>Lahat ng wika</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any nationality</source>
            <translation>Lahat ng nasyonalidad</translation>
        </message>
        <message>
            <location line="+11" />
            <source>New…</source>
            <translation>Bago…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New record (Ctrl+N)</source>
            <translation>Bagong rekord (Ctrl+N)</translation>
        </message>
        <message numerus="yes">
            <location line="+49" />
            <source>%Ln record(s)</source>
            <translation>
                <numerusform>%Ln rekord</numerusform>
                <numerusform>%Ln na rekord</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../ui/login.py" line="+96" />
            <source>Madoguchi — log in</source>
            <translation>Madoguchi — mag-log in</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locked. Log in to continue, or log in as another user.</source>
            <translation>Naka-lock. Mag-log in para magpatuloy, o mag-log in bilang ibang user.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Log in to Madoguchi</source>
            <translation>Mag-log in sa Madoguchi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database: %1</source>
            <translation>Database: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Demo town: user %1 or %2, password %3</source>
            <translation>Demo na bayan: user %1 o %2, password %3</translation>
        </message>
        <message>
            <location line="+4" />
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use the recovery code…</source>
            <translation>Gamitin ang recovery code…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Log in</source>
            <translation>Mag-log in</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quit Madoguchi</source>
            <translation>Isara ang Madoguchi</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>Kanselahin</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Enter your user name and password.</source>
            <translation>Ilagay ang iyong user name at password.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The backup was restored. Log in again.</source>
            <translation>Na-restore ang backup. Mag-log in muli.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Opening the database… The first login after an update prepares the file once; on a large town this can take a minute.</source>
            <translation>Binubuksan ang database… Sa unang pag-login pagkatapos ng update, inihahanda ang file nang isang beses; sa malaking bayan, maaari itong tumagal nang mga isang minuto.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../ui/main_window.py" line="+30" />
            <source>Today</source>
            <translation>Ngayon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residents</source>
            <translation>Mga residente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultations</source>
            <translation>Mga konsultasyon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniments</source>
            <translation>Mga pagsama</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sessions</source>
            <translation>Mga sesyon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Directory</source>
            <translation>Direktoryo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge</source>
            <translation>Knowledge base</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reports</source>
            <translation>Mga ulat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Handover</source>
            <translation>Turnover</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Settings</source>
            <translation>Mga setting</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Users</source>
            <translation>Mga user</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audit</source>
            <translation>Audit</translation>
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
            <translation>Maghanap</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Search residents and consultations (Ctrl+F): any script, any name form</source>
            <translation>Maghanap ng residente at konsultasyon (Ctrl+F): anumang sulat, anumang anyo ng pangalan</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Find</source>
            <translation>Hanapin</translation>
        </message>
        <message>
            <location line="+4" />
            <source>New record</source>
            <translation>Bagong rekord</translation>
        </message>
        <message>
            <location line="+143" />
            <source>administrator</source>
            <translation>administrator</translation>
        </message>
        <message>
            <location line="+0" />
            <source>staff</source>
            <translation>kawani</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Lock / switch user</source>
            <translation>I-lock / magpalit ng user</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Lock the window, or let another user log in (Ctrl+L)</source>
            <translation>I-lock ang window, o hayaang mag-log in ang ibang user (Ctrl+L)</translation>
        </message>
    </context>
    <context>
        <name>MeasuresDialog</name>
        <message>
            <location filename="../ui/pages/report_settings.py" line="+51" />
            <source>Special allocation tax measures</source>
            <translation>Mga hakbang sa special allocation tax (特別交付税)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Consultation topics</source>
            <translation>Mga paksa ng konsultasyon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultations with interpreter</source>
            <translation>Mga konsultasyong may interpreter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session kinds</source>
            <translation>Mga uri ng sesyon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session topics</source>
            <translation>Mga paksa ng sesyon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment destinations</source>
            <translation>Mga pupuntahan sa pagsama</translation>
        </message>
    </context>
    <context>
        <name>OldRecordsBox</name>
        <message>
            <location filename="../ui/table_import.py" line="+171" />
            <source>Old records from Excel or CSV</source>
            <translation>Mga lumang rekord mula sa Excel o CSV</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Import from Excel/CSV…</source>
            <translation>Mag-import mula sa Excel/CSV…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A consultation log kept in Excel or CSV, or the resident roster: preview every row first, then import all or nothing.</source>
            <translation>Talaan ng mga konsultasyon na nasa Excel o CSV, o ang listahan ng mga residente: i-preview muna ang bawat row, saka i-import ang lahat o wala.</translation>
        </message>
    </context>
    <context>
        <name>OrganisationForm</name>
        <message>
            <location filename="../ui/forms/directory.py" line="-88" />
            <source>Organisation</source>
            <translation>Organisasyon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation #%1</source>
            <translation>Organisasyon #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="-64" />
            <location filename="../ui/forms/directory.py" line="+5" />
            <source>Name</source>
            <translation>Pangalan</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Kind</source>
            <translation>Uri</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Phone</source>
            <translation>Telepono</translation>
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
            <translation>Address</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Languages spoken</source>
            <translation>Mga wikang ginagamit</translation>
        </message>
        <message>
            <location filename="../ui/forms/directory.py" line="+1" />
            <source>An interpreter can be arranged</source>
            <translation>Puwedeng mag-ayos ng interpreter</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/directory.py" line="+1" />
            <source>Interpreter</source>
            <translation>Interpreter</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+4" />
            <source>Notes</source>
            <translation>Mga tala</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsList</name>
        <message>
            <location filename="../ui/list_headers.py" line="-30" />
            <source>Name</source>
            <translation>Pangalan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Uri</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Telepono</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interpreter</source>
            <translation>Interpreter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Languages</source>
            <translation>Mga wika</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>Address</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <location filename="../ui/pages/send_dialog.py" line="+39" />
            <source>SMTP password</source>
            <translation>SMTP password</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Password for %1 at %2</source>
            <translation>Password para kay %1 sa %2</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../ui/pages/users.py" line="+73" />
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remember it in this computer's keyring</source>
            <translation>Tandaan ito sa keyring ng computer na ito</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No secure keyring is available, so Madoguchi asks every time.</source>
            <translation>Walang ligtas na keyring, kaya magtatanong ang Madoguchi sa bawat pagkakataon.</translation>
        </message>
        <message>
            <location filename="../ui/pages/users.py" line="-19" />
            <source>Add user</source>
            <translation>Magdagdag ng user</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set password for %1</source>
            <translation>Itakda ang password ni %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>At least %1 characters</source>
            <translation>Hindi bababa sa %1 character</translation>
        </message>
        <message>
            <location line="+2" />
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Role</source>
            <translation>Tungkulin</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Password again</source>
            <translation>Ulitin ang password</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Staff can keep records and make the aggregated reports. Only administrators manage users and settings, export personal data and delete data for good.</source>
            <translation>Ang kawani ay puwedeng mag-ingat ng mga rekord at gumawa ng mga pinagsama-samang ulat. Ang administrator lamang ang namamahala sa mga user at setting, nag-e-export ng personal na datos at nagbubura ng datos nang permanente.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The two passwords are not the same.</source>
            <translation>Hindi magkapareho ang dalawang password.</translation>
        </message>
    </context>
    <context>
        <name>Person</name>
        <message>
            <location filename="../ui/labels.py" line="+72" />
            <source>Anonymous (%1)</source>
            <translation>Hindi nagpakilala (%1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nationality unknown</source>
            <translation>hindi alam ang nasyonalidad</translation>
        </message>
    </context>
    <context>
        <name>PrefecturePage</name>
        <message>
            <location filename="../ui/pages/prefecture.py" line="+42" />
            <source>Madoguchi — prefecture roll-up</source>
            <translation>Madoguchi — pagsasama-sama ng prefecture</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add the annual data files (.json) the towns sent, check them, then make the prefecture's report (PDF, Excel and CSV). No town database is needed.</source>
            <translation>Idagdag ang mga taunang data file (.json) na ipinadala ng mga bayan, suriin ang mga ito, saka gawin ang ulat ng prefecture (PDF, Excel at CSV). Hindi kailangan ang database ng bayan.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Add files…</source>
            <translation>Magdagdag ng mga file…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove</source>
            <translation>Alisin</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove all</source>
            <translation>Alisin lahat</translation>
        </message>
        <message>
            <location line="+8" />
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Town</source>
            <translation>Bayan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Municipality code</source>
            <translation>Code ng munisipyo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counts</source>
            <translation>Mga bilang</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Version</source>
            <translation>Bersyon</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Accept provisional files (the roll-up is then provisional)</source>
            <translation>Tanggapin ang mga pansamantalang file (pansamantala rin ang pagsasama-sama)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Counts from 1 to one less than this are hidden as x in the prefecture's report.</source>
            <translation>Ang mga bilang mula 1 hanggang isang mas mababa rito ay itinatago bilang x sa ulat ng prefecture.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hide counts below</source>
            <translation>Itago ang mga bilang na mas mababa sa</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Check the files</source>
            <translation>Suriin ang mga file</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Make the prefecture's report…</source>
            <translation>Gawin ang ulat ng prefecture…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Annual data files</source>
            <translation>Mga taunang data file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Annual data files (*.json)</source>
            <translation>Mga taunang data file (*.json)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Save the prefecture's report in</source>
            <translation>I-save ang ulat ng prefecture sa</translation>
        </message>
        <message>
            <location line="+39" />
            <source>exact</source>
            <translation>eksakto</translation>
        </message>
        <message>
            <location line="+0" />
            <source>suppressed</source>
            <translation>nakatago</translation>
        </message>
        <message>
            <location line="+1" />
            <source>provisional to %1</source>
            <translation>pansamantala hanggang %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>final</source>
            <translation>pinal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 files of %2 are ready to roll up.</source>
            <translation>%1 sa %2 file ang handa nang pagsamahin.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Making the prefecture's report…</source>
            <translation>Ginagawa ang ulat ng prefecture…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved:</source>
            <translation>Nai-save:</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="+183" />
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every row of the file and what will become of it. The import adds all of it, or nothing.</source>
            <translation>Bawat row ng file at kung ano ang mangyayari dito. Idaragdag ng import ang lahat, o wala.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Import</source>
            <translation>I-import</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Import the other rows, and list rows with problems as skipped</source>
            <translation>I-import ang ibang row, at ilista bilang nilaktawan ang mga row na may problema</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save mapping profile…</source>
            <translation>I-save ang mapping profile…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save preview as CSV…</source>
            <translation>I-save ang preview bilang CSV…</translation>
        </message>
        <message>
            <location line="+29" />
            <source>%1 rows: %2 new residents, %3 to update, %4 unchanged, %5 skipped, %6 with problems; %7 residents in Madoguchi are not on the roster (listed to check; they are not changed).</source>
            <translation>%1 row: %2 bagong residente, %3 ia-update, %4 walang pagbabago, %5 nilaktawan, %6 may problema; %7 residente sa Madoguchi ang wala sa listahan (nakalista para masuri; hindi sila babaguhin).</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 rows: %2 to import, %3 skipped, %4 with problems. Residents: %5 new, %6 already in Madoguchi.</source>
            <translation>%1 row: %2 ii-import, %3 nilaktawan, %4 may problema. Mga residente: %5 bago, %6 nasa Madoguchi na.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Rows with problems stop the import: correct the file or the mapping (Back), or tick the box above.</source>
            <translation>Napipigil ng mga row na may problema ang import: ayusin ang file o ang mapping (Back), o lagyan ng tsek ang kahon sa itaas.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save mapping profile</source>
            <translation>I-save ang mapping profile</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Mapping profile saved: %1</source>
            <translation>Na-save ang mapping profile: %1</translation>
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
            <translation>I-save</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open</source>
            <translation>Buksan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Yes</source>
            <translation>&amp;Oo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;No</source>
            <translation>&amp;Hindi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>Isara</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Kanselahin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard</source>
            <translation>Itapon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Apply</source>
            <translation>Ilapat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reset</source>
            <translation>I-reset</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Help</source>
            <translation>Tulong</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <location filename="../ui/forms/base.py" line="+62" />
            <source>Delete…</source>
            <translation>Burahin…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Print…</source>
            <translation>I-print…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>This record was also changed on another device: it has an open conflict (Settings › Conflicts).</source>
            <translation>Binago rin ang rekord na ito sa ibang device: may bukas itong conflict (Settings › Mga Conflict).</translation>
        </message>
        <message>
            <location line="+80" />
            <source>Please correct the fields marked in red.</source>
            <translation>Pakiwasto ang mga field na may pulang marka.</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Delete</source>
            <translation>Burahin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete this record? This cannot be undone.</source>
            <translation>Burahin ang rekord na ito? Hindi na ito maibabalik.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Unsaved changes</source>
            <translation>Mga hindi na-save na pagbabago</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This record has changes that are not saved. Save them?</source>
            <translation>May mga pagbabago sa rekord na ito na hindi pa na-save. I-save ang mga ito?</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../ui/login.py" line="+56" />
            <source>Use the recovery code</source>
            <translation>Gamitin ang recovery code</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Type the recovery code from the paper kept in the office safe. Then choose a new password for the administrator.</source>
            <translation>I-type ang recovery code mula sa papel na nakatago sa safe ng opisina. Pagkatapos ay pumili ng bagong password para sa administrator.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Check the code</source>
            <translation>Suriin ang code</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recovery code</source>
            <translation>Recovery code</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New password</source>
            <translation>Bagong password</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New password again</source>
            <translation>Ulitin ang bagong password</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Set password and log in</source>
            <translation>Itakda ang password at mag-log in</translation>
        </message>
        <message>
            <location line="+39" />
            <source>This database has no active administrator.</source>
            <translation>Walang aktibong administrator ang database na ito.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The two passwords are not the same.</source>
            <translation>Hindi magkapareho ang dalawang password.</translation>
        </message>
    </context>
    <context>
        <name>ReportSettingsBox</name>
        <message>
            <location filename="../ui/pages/report_settings.py" line="+36" />
            <source>Reports</source>
            <translation>Mga ulat</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Counts from 1 to one less than this are hidden as x in the annual report.</source>
            <translation>Sa taunang ulat, itinatago bilang x ang mga bilang mula 1 hanggang isang mas mababa rito.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>same as above</source>
            <translation>kapareho ng nasa itaas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A hidden count is protected when a reader of every table published this year cannot narrow it to a range narrower than this.</source>
            <translation>Protektado ang nakatagong bilang kapag hindi ito mapaliit ng mambabasa ng lahat ng talahanayang inilabas ngayong taon sa saklaw na mas makitid kaysa rito.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>from the town's name</source>
            <translation>mula sa pangalan ng bayan</translation>
        </message>
        <message>
            <location line="+10" />
            <source>全国地方公共団体コード: six digits, the last one a check digit.</source>
            <translation>全国地方公共団体コード (code ng munisipyo): anim na digit, ang huli ay check digit.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>suppressed counts, as in the report</source>
            <translation>mga nakatagong bilang, gaya ng sa ulat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>exact counts, for the prefecture to suppress</source>
            <translation>eksaktong mga bilang, ang prefecture ang magtatago</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Special allocation tax measures…</source>
            <translation>Mga hakbang sa special allocation tax…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Other bodies' categories…</source>
            <translation>Mga kategorya ng ibang ahensya…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Hide counts below</source>
            <translation>Itago ang bilang na mas mababa sa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Protection width</source>
            <translation>Lapad ng proteksyon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Municipality</source>
            <translation>Uri ng munisipyo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Municipality code</source>
            <translation>Code ng munisipyo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The annual data file carries</source>
            <translation>Ang laman ng taunang data file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Town population</source>
            <translation>Populasyon ng bayan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Foreign residents</source>
            <translation>Mga dayuhang residente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department</source>
            <translation>Departamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact (mail signature)</source>
            <translation>Contact (lagda sa mail)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sending to the prefecture</source>
            <translation>Pagpapadala sa prefecture</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Use STARTTLS</source>
            <translation>Gamitin ang STARTTLS</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Forget the saved password</source>
            <translation>Kalimutan ang naka-save na password</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Prefecture's address</source>
            <translation>Email address ng prefecture</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From address</source>
            <translation>Address ng nagpapadala</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Subject</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Message</source>
            <translation>Mensahe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mail server (SMTP)</source>
            <translation>Mail server (SMTP)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save report settings</source>
            <translation>I-save ang mga setting ng ulat</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The password is kept only in this computer's keyring, never in a file.</source>
            <translation>Sa keyring lamang ng computer na ito itinatago ang password, hindi kailanman sa isang file.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No secure keyring here: Madoguchi asks for the password every time.</source>
            <translation>Walang ligtas na keyring dito: hihingin ng Madoguchi ang password sa bawat pagkakataon.</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Saved.</source>
            <translation>Na-save.</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../ui/pages/reports.py" line="+49" />
            <source>Monthly report</source>
            <translation>Buwanang ulat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Annual report for the prefecture</source>
            <translation>Taunang ulat para sa prefecture</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Export PDF…</source>
            <translation>I-export bilang PDF…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Export Excel…</source>
            <translation>I-export bilang Excel…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export CSV…</source>
            <translation>I-export bilang CSV…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Print…</source>
            <translation>I-print…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open the file made</source>
            <translation>Buksan ang ginawang file</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Email draft for the prefecture…</source>
            <translation>Draft ng email para sa prefecture…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send to the prefecture…</source>
            <translation>Ipadala sa prefecture…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Attach the annual data file (for the prefecture's roll-up)</source>
            <translation>Ilakip ang taunang data file (para sa pagsasama-sama ng prefecture)</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Save the report in</source>
            <translation>I-save ang ulat sa</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Records with open sync conflicts: %1. The report counts them as they stand on this device (Settings › Conflicts).</source>
            <translation>Mga rekord na may bukas na sync conflict: %1. Binibilang sila ng ulat ayon sa kalagayan nila sa device na ito (Settings › Mga Conflict).</translation>
        </message>
        <message>
            <location line="+119" />
            <source>Making the report…</source>
            <translation>Ginagawa ang ulat…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Saved:</source>
            <translation>Na-save:</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Making the email draft…</source>
            <translation>Ginagawa ang draft ng email…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saved. Open the .eml file to check and send it from your mail program:</source>
            <translation>Na-save. Buksan ang .eml file para suriin ito at ipadala mula sa iyong mail program:</translation>
        </message>
        <message>
            <location filename="../ui/pages/send_dialog.py" line="+37" />
            <source>Send the %1 report (PDF, Excel and the annual data file) to %2?</source>
            <translation>Ipadala ang ulat ng %1 (PDF, Excel at ang taunang data file) sa %2?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Send the %1 report (PDF and Excel) to %2?</source>
            <translation>Ipadala ang ulat para sa %1 (PDF at Excel) sa %2?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send to the prefecture</source>
            <translation>Ipadala sa prefecture</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Sent to %1.</source>
            <translation>Naipadala sa %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sending…</source>
            <translation>Ipinapadala…</translation>
        </message>
    </context>
    <context>
        <name>ResidentForm</name>
        <message>
            <location filename="../ui/forms/resident.py" line="+39" />
            <source>Resident</source>
            <translation>Residente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident #%1</source>
            <translation>Residente #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+48" />
            <location filename="../ui/forms/resident.py" line="+4" />
            <source>Family name (native script)</source>
            <translation>Apelyido (katutubong sulat)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>Given name (native script)</source>
            <translation>Pangalan (katutubong sulat)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Family name (Latin letters)</source>
            <translation>Apelyido (Latin na titik)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Given name (Latin letters)</source>
            <translation>Pangalan (Latin na titik)</translation>
        </message>
        <message>
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Hiragana becomes katakana</source>
            <translation>Nagiging katakana ang hiragana</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>Reading (katakana)</source>
            <translation>Basa (katakana)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Date of birth</source>
            <translation>Petsa ng kapanganakan</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Nationality</source>
            <translation>Nasyonalidad</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Languages</source>
            <translation>Mga wika</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Residence status</source>
            <translation>Status ng paninirahan</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Period of stay ends (在留期間満了日)</source>
            <translation>Katapusan ng pananatili (在留期間満了日)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+3" />
            <source>Residence card number</source>
            <translation>Numero ng residence card</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>Phone</source>
            <translation>Telepono</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>Employer or host organisation</source>
            <translation>Employer o host na organisasyon</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>District</source>
            <translation>Distrito</translation>
        </message>
        <message>
            <location filename="../ui/forms/resident.py" line="+9" />
            <source>ID or phone number</source>
            <translation>ID o numero ng telepono</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/resident.py" line="+4" />
            <source>SNS contacts</source>
            <translation>Mga SNS contact</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Arrival date</source>
            <translation>Petsa ng pagdating</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Consent to keep a record: date</source>
            <translation>Pahintulot na magtala: petsa</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+3" />
            <source>Consent: how</source>
            <translation>Pahintulot: paano</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+3" />
            <source>Notes</source>
            <translation>Mga tala</translation>
        </message>
        <message>
            <location filename="../ui/forms/resident.py" line="+9" />
            <source>Link</source>
            <translation>I-link</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unlink</source>
            <translation>Alisin ang link</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/resident.py" line="+8" />
            <source>Household</source>
            <translation>Sambahayan</translation>
        </message>
    </context>
    <context>
        <name>ResidentPicker</name>
        <message>
            <location filename="../ui/resident_picker.py" line="+50" />
            <source>Type a name in any script…</source>
            <translation>Mag-type ng pangalan sa anumang sulat…</translation>
        </message>
        <message>
            <location line="+47" />
            <source>New resident “%1”…</source>
            <translation>Bagong residente “%1”…</translation>
        </message>
    </context>
    <context>
        <name>ResidentView</name>
        <message>
            <location filename="../ui/resident_view.py" line="+53" />
            <location line="+97" />
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <location line="-94" />
            <source>When</source>
            <translation>Kailan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>Uri</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What</source>
            <translation>Ano</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Summary</source>
            <translation>Buod</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Edit resident…</source>
            <translation>I-edit ang residente…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New consultation…</source>
            <translation>Bagong konsultasyon…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New accompaniment…</source>
            <translation>Bagong pagsama…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print…</source>
            <translation>I-print…</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Nationality</source>
            <translation>Nasyonalidad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residence status</source>
            <translation>Status ng paninirahan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Languages</source>
            <translation>Mga wika</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Employer or host</source>
            <translation>Employer o host</translation>
        </message>
        <message>
            <location line="+1" />
            <source>District</source>
            <translation>Distrito</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SNS</source>
            <translation>SNS</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Arrived</source>
            <translation>Dumating</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent</source>
            <translation>Pahintulot</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Household</source>
            <translation>Sambahayan</translation>
        </message>
    </context>
    <context>
        <name>ResidentsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+5" />
            <source>Name</source>
            <translation>Pangalan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name (Latin)</source>
            <translation>Pangalan (Latin)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reading</source>
            <translation>Basa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationality</source>
            <translation>Nasyonalidad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residence status</source>
            <translation>Status ng paninirahan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stay ends</source>
            <translation>Katapusan ng pananatili</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Card number</source>
            <translation>Numero ng card</translation>
        </message>
        <message>
            <location line="+1" />
            <source>District</source>
            <translation>Distrito</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Employer or host</source>
            <translation>Employer o host</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Arrived</source>
            <translation>Dumating</translation>
        </message>
    </context>
    <context>
        <name>RetentionBox</name>
        <message>
            <location filename="../ui/pages/retention_box.py" line="+26" />
            <source>Retention</source>
            <translation>Pag-iingat ng datos</translation>
        </message>
        <message>
            <location line="+7" />
            <source> years</source>
            <translation> taon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Anonymise…</source>
            <translation>Gawing anonymous…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No activity for</source>
            <translation>Walang aktibidad nang</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Anonymising blanks names, contacts, notes and free text, after a backup. Nationality, languages and residence status stay, so past reports keep their numbers.</source>
            <translation>Ang paggawang anonymous ay nagbubura ng mga pangalan, contact, tala at malayang teksto, pagkatapos ng isang backup. Mananatili ang nasyonalidad, mga wika at status ng paninirahan, kaya hindi magbabago ang mga bilang sa mga nakaraang ulat.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Anonymise</source>
            <translation>Gawing anonymous</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymise %1 residents? This cannot be undone (a backup is made first).</source>
            <translation>Gawing anonymous ang %1 residente? Hindi na ito maibabalik (gagawa muna ng backup).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 residents have had no activity for %2 years or more.</source>
            <translation>%1 residente ang walang aktibidad nang %2 taon o higit pa.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 residents anonymised.</source>
            <translation>%1 residente ang ginawang anonymous.</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <location filename="../ui/pages/users.py" line="-64" />
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Staff</source>
            <translation>Kawani</translation>
        </message>
    </context>
    <context>
        <name>RowsModel</name>
        <message>
            <location filename="../ui/table_import_rows.py" line="+67" />
            <source>Sheet</source>
            <translation>Sheet</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Outcome</source>
            <translation>Resulta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Person</source>
            <translation>Tao</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>Dahilan</translation>
        </message>
    </context>
    <context>
        <name>SearchResultsPage</name>
        <message>
            <location filename="../ui/pages/search_results.py" line="+26" />
            <source>Kind</source>
            <translation>Uri</translation>
        </message>
        <message>
            <location line="+0" />
            <source>When</source>
            <translation>Kailan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>Pangalan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Detail</source>
            <translation>Detalye</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 result(s) for “%2”</source>
            <translation>%1 resulta para sa “%2”</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <location filename="../ui/session.py" line="+96" />
            <source>Checking the database in the background…</source>
            <translation>Sinusuri ang database sa background…</translation>
        </message>
    </context>
    <context>
        <name>SessionForm</name>
        <message>
            <location filename="../ui/forms/session.py" line="+38" />
            <source>Session</source>
            <translation>Sesyon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session #%1</source>
            <translation>Sesyon #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+5" />
            <location filename="../ui/forms/session.py" line="+6" />
            <source>Date</source>
            <translation>Petsa</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Start time</source>
            <translation>Oras ng simula</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+6" />
            <source>Copy the last session of this kind</source>
            <translation>Kopyahin ang huling sesyon ng ganitong uri</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title, topics, languages, venue, facilitator and registered attendees of the most recent session of this kind (for weekly classes)</source>
            <translation>Pamagat, paksa, wika, lugar, tagapagpadaloy at rehistradong dumalo ng pinakahuling sesyon ng ganitong uri (para sa lingguhang klase)</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/session.py" line="+6" />
            <source>Kind</source>
            <translation>Uri</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+3" />
            <source>Title</source>
            <translation>Pamagat</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Topics</source>
            <translation>Mga paksa</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Languages</source>
            <translation>Mga wika</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Venue</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+1" />
            <source>Held online</source>
            <translation>Ginanap online</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/session.py" line="+1" />
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Facilitator</source>
            <translation>Facilitator</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+3" />
            <source>Notes</source>
            <translation>Mga tala</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+10" />
            <source>Add</source>
            <translation>Idagdag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>Alisin</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/session.py" line="+11" />
            <source>Registered attendees</source>
            <translation>Mga rehistradong dumalo</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+1" />
            <source>Attendance sheet…</source>
            <translation>Talaan ng dumalo…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print a sheet for attendees to sign (出席簿)</source>
            <translation>Mag-print ng talaan para pirmahan ng dumalo (出席簿)</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+111" />
            <source>Nationality</source>
            <translation>Nasyonalidad</translation>
        </message>
        <message>
            <location line="-111" />
            <source>Count</source>
            <translation>Bilang</translation>
        </message>
        <message>
            <location line="+8" />
            <source>People who came but have no resident record</source>
            <translation>Mga dumalo na walang rekord bilang residente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add row</source>
            <translation>Magdagdag ng hilera</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove row</source>
            <translation>Alisin ang hilera</translation>
        </message>
        <message>
            <location line="+101" />
            <source>Name</source>
            <translation>Pangalan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reading</source>
            <translation>Basa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signature</source>
            <translation>Lagda</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Attendance sheet</source>
            <translation>Talaan ng dumalo</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/session.py" line="-97" />
            <source>Unregistered attendees</source>
            <translation>Mga hindi rehistradong dumalo</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+4" />
            <source>Total attendance</source>
            <translation>Kabuuang dumalo</translation>
        </message>
        <message>
            <location line="+72" />
            <source>%1 (%2 registered, %3 unregistered)</source>
            <translation>%1 (%2 rehistrado, %3 hindi rehistrado)</translation>
        </message>
    </context>
    <context>
        <name>SessionsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+21" />
            <source>Date</source>
            <translation>Petsa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Uri</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>Pamagat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Venue</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attendance</source>
            <translation>Dumalo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facilitator</source>
            <translation>Facilitator</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../ui/pages/settings.py" line="+41" />
            <source>Town and data</source>
            <translation>Bayan at datos</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Reports</source>
            <translation>Mga ulat</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Town</source>
            <translation>Bayan</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+135" />
            <source>Save</source>
            <translation>I-save</translation>
        </message>
        <message>
            <location line="-128" />
            <source>Town name (Japanese)</source>
            <translation>Pangalan ng bayan (Japanese)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Town name (English)</source>
            <translation>Pangalan ng bayan (English)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <location line="+3" />
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Schema version</source>
            <translation>Bersiyon ng schema</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SQLite</source>
            <translation>SQLite</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recorded as user</source>
            <translation>Itinatala bilang user</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Code lists</source>
            <translation>Mga listahan ng code</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Devices</source>
            <translation>Mga device</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Conflicts</source>
            <translation>Mga conflict</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Add code…</source>
            <translation>Magdagdag ng code…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>List</source>
            <translation>Listahan</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Japanese</source>
            <translation>Japanese</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <location line="+0" />
            <source>In this window</source>
            <translation>Sa window na ito</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Offered</source>
            <translation>Ipinapakita</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Your preferences</source>
            <translation>Iyong mga kagustuhan</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Language</source>
            <translation>Wika</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show dates in the Japanese era (令和) in the Japanese window</source>
            <translation>Ipakita ang mga petsa sa Japanese era (令和) sa Japanese na window</translation>
        </message>
        <message>
            <location line="+23" />
            <location line="+78" />
            <source>Saved.</source>
            <translation>Na-save.</translation>
        </message>
        <message>
            <location line="-48" />
            <source>Security</source>
            <translation>Seguridad</translation>
        </message>
        <message>
            <location line="+4" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Never</source>
            <translation>Hindi kailanman</translation>
        </message>
        <message>
            <location line="+2" />
            <source>After this many minutes without use the window locks and shows the login screen. 0 = never.</source>
            <translation>Pagkalipas ng ganitong dami ng minutong hindi ginagamit, magla-lock ang window at ipapakita ang login screen. 0 = hindi kailanman.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Auto-lock after</source>
            <translation>Auto-lock pagkalipas ng</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Only an administrator can change these settings, the report settings and the code lists, or export and import all records.</source>
            <translation>Ang administrator lamang ang puwedeng magbago ng mga setting na ito, ng mga setting ng ulat at ng mga listahan ng code, o mag-export at mag-import ng lahat ng rekord.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Only an administrator can change these.</source>
            <translation>Ang administrator lamang ang puwedeng magbago ng mga ito.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Only an administrator can change the code lists.</source>
            <translation>Ang administrator lamang ang puwedeng magbago ng mga listahan ng code.</translation>
        </message>
    </context>
    <context>
        <name>SnsCopy</name>
        <message>
            <location filename="../ui/sns_copy.py" line="+20" />
            <source>Documents to bring:</source>
            <translation>Mga dokumentong dadalhin:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisations that help:</source>
            <translation>Mga tanggapang makatutulong:</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Copy for SNS</source>
            <translation>Kopyahin para sa SNS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This answer has no text in %1 yet. Copy it in another language?</source>
            <translation>Wala pang %1 na teksto ang sagot na ito. Kopyahin sa ibang wika?</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../ui/startup.py" line="+41" />
            <source>The database was damaged and has been moved aside to %1. No verified backup was found; please call your IT staff.</source>
            <translation>Nasira ang database at inilipat ito sa %1. Walang nakitang beripikadong backup; pakitawagan ang inyong IT staff.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The database was damaged and has been moved aside to %1. Restore the newest verified backup, %2?</source>
            <translation>Nasira ang database at inilipat ito sa %1. I-restore ang pinakabagong beripikadong backup, %2?</translation>
        </message>
        <message>
            <location line="+216" />
            <source>The check found damage in the database file. Stop entering records and quit Madoguchi: at the next start the damaged file is moved aside and the newest verified backup is offered.</source>
            <translation>May nakitang sira sa database file ang pagsusuri. Huminto sa paglalagay ng mga rekord at isara ang Madoguchi: sa susunod na pagbukas, ililipat sa tabi ang sirang file at iaalok ang pinakabagong beripikadong backup.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Database checked; today's backup was taken (%1).</source>
            <translation>Nasuri na ang database; nakagawa na ng backup para ngayong araw (%1).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Database checked.</source>
            <translation>Nasuri na ang database.</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="../ui/labels.py" line="-85" />
            <source>Open</source>
            <translation>Bukas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referred</source>
            <translation>Ini-refer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Waiting</source>
            <translation>Naghihintay</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Closed</source>
            <translation>Sarado</translation>
        </message>
    </context>
    <context>
        <name>SuggestionsPanel</name>
        <message>
            <location filename="../ui/forms/suggestions.py" line="+43" />
            <source>Tick the entries you answered with</source>
            <translation>Lagyan ng tsek ang mga entry na ginamit mo sa pagsagot</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Copy for SNS</source>
            <translation>Kopyahin para sa SNS</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the chosen answer in the consultation's language, for Messenger, Zalo or LINE</source>
            <translation>Kopyahin ang napiling sagot sa wika ng konsultasyon, para sa Messenger, Zalo o LINE</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Tick the answers you used.</source>
            <translation>Lagyan ng tsek ang mga sagot na ginamit mo.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a topic or write what was asked to see suggested answers.</source>
            <translation>Pumili ng paksa o isulat ang itinanong para makita ang mga mungkahing sagot.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Copied</source>
            <translation>Nakopya</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <location filename="../ui/sync_jobs.py" line="+36" />
            <source>Syncing with the other devices…</source>
            <translation>Nagsi-sync sa ibang mga device…</translation>
        </message>
        <message>
            <location filename="../ui/pages/devices.py" line="-185" />
            <source>Synced: %1 added, %2 updated, %3 deleted, %4 new conflicts.</source>
            <translation>Na-sync: %1 naidagdag, %2 na-update, %3 binura, %4 bagong conflict.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Packets refused: %1.</source>
            <translation>Mga packet na tinanggihan: %1.</translation>
        </message>
    </context>
    <context>
        <name>TableImport</name>
        <message>
            <location filename="../app/tableimport/messages.py" line="+41" />
            <source>Date</source>
            <translation>Petsa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time</source>
            <translation>Oras</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>Pangalan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reading (katakana)</source>
            <translation>Basa (katakana)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationality</source>
            <translation>Nasyonalidad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language</source>
            <translation>Wika</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channel</source>
            <translation>Paraan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Topics</source>
            <translation>Mga paksa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was asked</source>
            <translation>Ano ang itinanong</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was done</source>
            <translation>Ano ang ginawa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes (kept with what was done)</source>
            <translation>Mga tala (kasama sa ano ang ginawa)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minutes</source>
            <translation>Minuto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interpreter</source>
            <translation>Interpreter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled mark</source>
            <translation>Marka ng pagkansela</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth</source>
            <translation>Petsa ng kapanganakan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>End of the period of stay</source>
            <translation>Katapusan ng panahon ng pananatili</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Residence status</source>
            <translation>Residence status</translation>
        </message>
        <message>
            <location line="+2" />
            <source>District</source>
            <translation>Distrito</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Topic</source>
            <translation>Paksa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(leave out)</source>
            <translation>(huwag isama)</translation>
        </message>
        <message>
            <location filename="../ui/table_import_rows.py" line="-43" />
            <source>Import</source>
            <translation>I-import</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skip</source>
            <translation>Laktawan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Problem</source>
            <translation>May problema</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check</source>
            <translation>Suriin</translation>
        </message>
        <message>
            <location line="+67" />
            <source>new %1: %2</source>
            <translation>bago %1: %2</translation>
        </message>
    </context>
    <context>
        <name>TableImportWizard</name>
        <message>
            <location filename="../ui/table_import.py" line="-124" />
            <location line="+19" />
            <source>Import from Excel/CSV</source>
            <translation>Mag-import mula sa Excel/CSV</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spreadsheets (*.xlsx *.xls *.csv *.txt)</source>
            <translation>Mga spreadsheet (*.xlsx *.xls *.csv *.txt)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Load mapping profile</source>
            <translation>I-load ang mapping profile</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Making the preview…</source>
            <translation>Ginagawa ang preview…</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Importing…</source>
            <translation>Ini-import…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Updating residents…</source>
            <translation>Ina-update ang mga residente…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Save the import report</source>
            <translation>I-save ang ulat ng import</translation>
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
            <translation>Ngayon, %1</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Residence cards: period of stay ends within %1 days (%2)</source>
            <translation>Residence card: matatapos ang pananatili sa loob ng %1 araw (%2)</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Follow-ups overdue (%1)</source>
            <translation>Mga lampas na follow-up (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Follow-ups due today (%1)</source>
            <translation>Mga follow-up ngayong araw (%1)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open consultations (%1)</source>
            <translation>Mga bukas na konsultasyon (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>— the newest %1 shown</source>
            <translation>— ipinapakita ang pinakabagong %1</translation>
        </message>
    </context>
    <context>
        <name>TownNotesPage</name>
        <message>
            <location filename="../ui/pages/town_notes.py" line="+36" />
            <source>Town notes</source>
            <translation>Mga tala tungkol sa bayan</translation>
        </message>
        <message>
            <location line="+4" />
            <source>What the next person at this desk should know: who to call, how things are done in this town, what to watch out for. The notes go into the handover pack.</source>
            <translation>Ang dapat malaman ng susunod na hahawak sa desk na ito: sino ang tatawagan, paano ginagawa ang mga bagay sa bayang ito, ano ang dapat bantayan. Kasama ang mga tala sa turnover pack.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>For example: 税務課の窓口は2階。ゴミカレンダーの多言語版は毎年3月に届く。</source>
            <translation>Halimbawa: 税務課の窓口は2階。ゴミカレンダーの多言語版は毎年3月に届く。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save notes</source>
            <translation>I-save ang mga tala</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Handover pack</source>
            <translation>Turnover pack</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A folder for whoever takes over this desk: a handover document with these notes, the open consultations, the regular duties, the directory and the published knowledge base, plus the directory as spreadsheets. Residents appear by case number and initials only, unless personal data is included.</source>
            <translation>Isang folder para sa sinumang papalit sa desk na ito: isang turnover na dokumento na may mga talang ito, ang mga bukas na konsultasyon, ang mga regular na tungkulin, ang direktoryo at ang nailathalang knowledge base, pati ang direktoryo bilang mga spreadsheet. Lalabas lamang ang mga residente sa case number at inisyal, maliban kung isasama ang personal na datos.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Include personal data (residents' full names)</source>
            <translation>Isama ang personal na datos (buong pangalan ng mga residente)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Without it, open cases show initials and the case number.</source>
            <translation>Kung wala ito, inisyal at case number ang ipapakita sa mga bukas na kaso.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only an administrator can include personal data.</source>
            <translation>Ang administrator lamang ang puwedeng magsama ng personal na datos.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make handover pack…</source>
            <translation>Gawin ang turnover pack…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Make the handover pack in</source>
            <translation>Gawin ang turnover pack sa</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Saved.</source>
            <translation>Na-save.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Making the handover pack…</source>
            <translation>Ginagawa ang turnover pack…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Saved:</source>
            <translation>Na-save:</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <location filename="../ui/pages/users.py" line="+89" />
            <source>Each person logs in with their own name. Disabling a user removes their key: they can no longer open the database, and their past records keep their name.</source>
            <translation>Bawat tao ay nagla-log in gamit ang sariling pangalan. Ang pag-disable sa isang user ay nag-aalis ng kanyang key: hindi na niya mabubuksan ang database, at mananatili ang kanyang pangalan sa kanyang mga nakaraang rekord.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add user…</source>
            <translation>Magdagdag ng user…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Disable…</source>
            <translation>I-disable…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unlock</source>
            <translation>I-unlock</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Set password…</source>
            <translation>Itakda ang password…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Role</source>
            <translation>Tungkulin</translation>
        </message>
        <message>
            <location line="+0" />
            <source>State</source>
            <translation>Kalagayan</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Disabled</source>
            <translation>Naka-disable</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locked (too many failed logins)</source>
            <translation>Naka-lock (sobrang daming bigong pag-log in)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Active</source>
            <translation>Aktibo</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Disable user</source>
            <translation>I-disable ang user</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disable %1? They will no longer be able to log in. This cannot be undone; add them again under a new name if needed.</source>
            <translation>I-disable si %1? Hindi na siya makakapag-log in. Hindi na ito maibabalik; idagdag siyang muli sa bagong pangalan kung kailangan.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Added %1.</source>
            <translation>Naidagdag si %1.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The password of %1 is changed.</source>
            <translation>Napalitan na ang password ni %1.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 is disabled.</source>
            <translation>Naka-disable na si %1.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 can log in again.</source>
            <translation>Makakapag-log in na muli si %1.</translation>
        </message>
    </context>
    <context>
        <name>ValuesPage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="-173" />
            <source>Codes for the file's words</source>
            <translation>Mga code para sa mga salita sa file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a code for each word that is not a code's own name, and the values for what the file has no column for. A word left without a code stops its rows.</source>
            <translation>Pumili ng code para sa bawat salitang hindi mismong pangalan ng isang code, at ng mga value para sa walang column sa file. Mapipigil ang mga row ng salitang walang code.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>List</source>
            <translation>Listahan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Text in the file</source>
            <translation>Text sa file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rows</source>
            <translation>Bilang ng row</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location line="+25" />
            <source>%1 where the file has none:</source>
            <translation>%1 kung wala sa file:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>(no code: the row stops)</source>
            <translation>(walang code: hindi maii-import ang row)</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Every word of the file has a code.</source>
            <translation>May code na ang bawat salita sa file.</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../app/accounts.py" line="+45" />
            <location filename="../app/keyslots.py" line="+45" />
            <source>The user name or password is not right.</source>
            <translation>Mali ang user name o password.</translation>
        </message>
        <message>
            <location line="+69" />
            <source>%1 already exists; a new database is only made in a new place.</source>
            <translation>Umiiral na ang %1; sa bagong lokasyon lamang gumagawa ng bagong database.</translation>
        </message>
        <message>
            <location line="+63" />
            <source>This account is locked after too many failed logins; an administrator can unlock it.</source>
            <translation>Naka-lock ang account na ito dahil sa sobrang daming bigong pag-log in; maaari itong i-unlock ng administrator.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Too many failed logins: try again in %1 seconds.</source>
            <translation>Sobrang daming bigong pag-log in: subukang muli pagkalipas ng %1 segundo.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>This login is refused: the list of users was changed outside Madoguchi, so your role cannot be trusted. An administrator can see it in the audit trail.</source>
            <translation>Tinanggihan ang pag-log in na ito: binago ang listahan ng mga user sa labas ng Madoguchi, kaya hindi mapagkakatiwalaan ang inyong tungkulin. Makikita ito ng administrator sa audit trail.</translation>
        </message>
        <message>
            <location line="+143" />
            <source>That recovery code does not open this database.</source>
            <translation>Hindi nabubuksan ng recovery code na iyan ang database na ito.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>This database is not encrypted, so it has no accounts.</source>
            <translation>Hindi naka-encrypt ang database na ito, kaya wala itong mga account.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Only an administrator can manage users.</source>
            <translation>Ang administrator lamang ang puwedeng mamahala ng mga user.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Log out and log in again as an administrator first: this session cannot sign a change of the users list.</source>
            <translation>Mag-log out muna at mag-log in muli bilang administrator: hindi mapipirmahan ng session na ito ang pagbabago sa listahan ng mga user.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>That user cannot log in.</source>
            <translation>Hindi makakapag-log in ang user na iyan.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>You cannot disable your own account.</source>
            <translation>Hindi mo puwedeng i-disable ang sarili mong account.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+53" />
            <source>There is no such user.</source>
            <translation>Walang ganyang user.</translation>
        </message>
        <message>
            <location line="-51" />
            <source>The last administrator cannot be disabled.</source>
            <translation>Hindi puwedeng i-disable ang huling administrator.</translation>
        </message>
        <message>
            <location filename="../app/audit.py" line="+100" />
            <source>An audit row is written only inside a write transaction.</source>
            <translation>Isinusulat lamang ang hilera ng audit sa loob ng isang write transaction.</translation>
        </message>
        <message>
            <location line="+199" />
            <source>Only an administrator can read the audit trail.</source>
            <translation>Ang administrator lamang ang puwedeng magbasa ng audit trail.</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../app/reports/build.py" line="+54" />
            <source>%1 is not a date; write it as YYYY-MM-DD.</source>
            <translation>Hindi petsa ang %1; isulat ito bilang YYYY-MM-DD.</translation>
        </message>
        <message>
            <location filename="../app/backup.py" line="+40" />
            <location filename="../app/cli.py" line="+236" />
            <location filename="../app/db.py" line="+97" />
            <source>There is no database at %1.</source>
            <translation>Walang database sa %1.</translation>
        </message>
        <message>
            <location line="+48" />
            <source>The backup folder %1 is not there (is the drive plugged in?).</source>
            <translation>Wala ang backup folder na %1 (nakakabit ba ang drive?).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Madoguchi cannot write to the backup folder %1.</source>
            <translation>Hindi makasulat ang Madoguchi sa backup folder na %1.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Give the backup folder as a full path, not %1.</source>
            <translation>Ibigay ang backup folder bilang buong path, hindi %1.</translation>
        </message>
        <message>
            <location line="+61" />
            <source>This database has no file, so it cannot be backed up.</source>
            <translation>Walang file ang database na ito, kaya hindi ito ma-backup.</translation>
        </message>
        <message>
            <location line="+21" />
            <location filename="../app/integrity.py" line="+246" />
            <source>The backup could not be made in %1 (%2).</source>
            <translation>Hindi nagawa ang backup sa %1 (%2).</translation>
        </message>
        <message>
            <location line="+17" />
            <source>There is no backup file at %1.</source>
            <translation>Walang backup file sa %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is not encrypted, so it is not a Madoguchi backup.</source>
            <translation>Hindi naka-encrypt ang %1, kaya hindi ito backup ng Madoguchi.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The backup %1 does not open with this database's key: it is damaged, or it belongs to another database.</source>
            <translation>Hindi mabuksan ang backup na %1 gamit ang key ng database na ito: sira ito, o pag-aari ito ng ibang database.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The backup %1 is damaged (%2).</source>
            <translation>Sira ang backup na %1 (%2).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The backup %1 is damaged (integrity_check: %2).</source>
            <translation>Sira ang backup na %1 (integrity_check: %2).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is not a Madoguchi backup.</source>
            <translation>Hindi backup ng Madoguchi ang %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The backup %1 was made by a newer Madoguchi.</source>
            <translation>Ginawa ang backup na %1 ng mas bagong bersiyon ng Madoguchi.</translation>
        </message>
        <message>
            <location line="+198" />
            <source>A database cannot be restored from itself.</source>
            <translation>Hindi puwedeng i-restore ang isang database mula sa sarili nito.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The backup could not be restored (%1); the current file was not replaced.</source>
            <translation>Hindi ma-restore ang backup (%1); hindi pinalitan ang kasalukuyang file.</translation>
        </message>
        <message>
            <location line="+71" />
            <source>The damaged database could not be moved aside (%1); it was not deleted.</source>
            <translation>Hindi maitabi ang sirang database (%1); hindi ito binura.</translation>
        </message>
        <message>
            <location filename="../app/backup_cli.py" line="+42" />
            <source>Only an administrator can change the backup folder.</source>
            <translation>Ang administrator lamang ang puwedeng magpalit ng backup folder.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Only an administrator can restore a backup.</source>
            <translation>Ang administrator lamang ang puwedeng mag-restore ng backup.</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../app/services.py" line="+128" />
            <source>This database has no file.</source>
            <translation>Walang file ang database na ito.</translation>
        </message>
        <message>
            <location filename="../app/check.py" line="+56" />
            <source>%1 is damaged or is not a Madoguchi database (%2).</source>
            <translation>Sira ang %1 o hindi ito database ng Madoguchi (%2).</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="-207" />
            <source>The window is not part of this installation.</source>
            <translation>Hindi kasama ang window sa installation na ito.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is empty (0 bytes) and was kept as it is; the newest backup that opens is %2 (madoguchi restore --from %2).</source>
            <translation>Walang laman ang %1 (0 byte) at iniwan ito nang walang pagbabago; ang pinakabagong backup na nabubuksan ay %2 (madoguchi restore --from %2).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is empty (0 bytes) and was kept as it is; no backup that opens was found, so please call your IT staff.</source>
            <translation>Walang laman ang %1 (0 byte) at iniwan ito nang walang pagbabago; walang nakitang backup na nabubuksan, kaya pakitawagan ang inyong IT staff.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is damaged and was not changed; the newest backup that opens is %2 (madoguchi restore --from %2).</source>
            <translation>Sira ang %1 at hindi ito binago; ang pinakabagong backup na nabubuksan ay %2 (madoguchi restore --from %2).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is open in a Madoguchi window, and this command changes records: close the window (or quit Madoguchi) first, then run the command again. Nothing was changed.</source>
            <translation>Bukas ang %1 sa isang window ng Madoguchi, at binabago ng command na ito ang mga rekord: isara muna ang window (o umalis sa Madoguchi), saka patakbuhin muli ang command. Walang nabago.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is damaged and was not changed; no backup that opens was found, so please call your IT staff.</source>
            <translation>Sira ang %1 at hindi ito binago; walang nakitang backup na nabubuksan, kaya pakitawagan ang inyong IT staff.</translation>
        </message>
        <message>
            <location line="+146" />
            <source>No password: set %1, or run the command in a terminal to be asked for it.</source>
            <translation>Walang password: itakda ang %1, o patakbuhin ang command sa isang terminal para hingin ito.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The two passwords are not the same; nothing was made.</source>
            <translation>Hindi magkapareho ang dalawang password; walang ginawa.</translation>
        </message>
        <message>
            <location line="+44" />
            <source>%1 is not encrypted; Madoguchi keeps records only in encrypted databases. It was not changed.</source>
            <translation>Hindi naka-encrypt ang %1; sa mga naka-encrypt na database lamang nag-iingat ng rekord ang Madoguchi. Hindi ito binago.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The key file %1 is missing beside the database, so it cannot be opened.</source>
            <translation>Nawawala ang key file na %1 sa tabi ng database, kaya hindi ito mabuksan.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This database is encrypted: give --user NAME (the password comes from %1 or a prompt).</source>
            <translation>Naka-encrypt ang database na ito: ibigay ang --user NAME (kukunin ang password mula sa %1 o sa isang prompt).</translation>
        </message>
        <message>
            <location line="+81" />
            <source>A demo town has 1 to 100,000 residents and 1 to 50 years.</source>
            <translation>Ang demo na bayan ay may 1 hanggang 100,000 residente at 1 hanggang 50 taon.</translation>
        </message>
        <message>
            <location filename="../app/consultations.py" line="+25" />
            <source>That consultation no longer exists.</source>
            <translation>Wala na ang konsultasyong iyan.</translation>
        </message>
        <message>
            <location line="+66" />
            <source>That accompaniment no longer exists.</source>
            <translation>Wala na ang pagsamang iyan.</translation>
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
            <translation>Hindi umiiral ang folder na %1.</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="-92" />
            <location filename="../app/db.py" line="+3" />
            <source>%1 is a folder, not a database file.</source>
            <translation>Folder ang %1, hindi database file.</translation>
        </message>
        <message>
            <location filename="../app/db.py" line="+3" />
            <source>%1 is not encrypted, so it cannot be opened as an encrypted database; it was not changed.</source>
            <translation>Hindi naka-encrypt ang %1, kaya hindi ito mabubuksan bilang naka-encrypt na database; hindi ito binago.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The database %1 cannot be opened (%2).</source>
            <translation>Hindi mabuksan ang database na %1 (%2).</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+41" />
            <source>The database key has the wrong length.</source>
            <translation>Mali ang haba ng key ng database.</translation>
        </message>
        <message>
            <location line="-27" />
            <source>The database %1 cannot use write-ahead logging.</source>
            <translation>Hindi magamit ng database na %1 ang write-ahead logging.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 is encrypted or is not a Madoguchi database: log in to open it. It was not changed.</source>
            <translation>Naka-encrypt ang %1 o hindi ito database ng Madoguchi: mag-log in para buksan ito. Hindi ito binago.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 could not be decrypted: the file is damaged, or its key file belongs to another database. It was not changed.</source>
            <translation>Hindi ma-decrypt ang %1: sira ang file, o pag-aari ng ibang database ang key file nito. Hindi ito binago.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is damaged or is not a Madoguchi database; it was not changed.</source>
            <translation>Sira ang %1 o hindi ito database ng Madoguchi; hindi ito binago.</translation>
        </message>
        <message>
            <location line="+57" />
            <source>The backup %1 did not verify (%2).</source>
            <translation>Hindi pumasa sa beripikasyon ang backup na %1 (%2).</translation>
        </message>
        <message>
            <location filename="../app/demo.py" line="-10" />
            <source>A demo town needs at least one resident and one year.</source>
            <translation>Kailangan ng demo na bayan ng kahit isang residente at isang taon.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+3" />
            <location line="+29" />
            <source>%1 already exists; the demo is only written to a new file.</source>
            <translation>Umiiral na ang %1; sa bagong file lamang isinusulat ang demo.</translation>
        </message>
        <message>
            <location filename="../app/directory.py" line="+36" />
            <source>That organisation no longer exists.</source>
            <translation>Wala na ang organisasyong iyan.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>That bridge person no longer exists.</source>
            <translation>Wala na ang rekord ng taong-tulay na iyan.</translation>
        </message>
        <message>
            <location filename="../app/exchange_check.py" line="+60" />
            <source>%1, field '%2': has the wrong type. Nothing was imported.</source>
            <translation>%1, field na '%2': mali ang uri. Walang na-import.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>%1, field '%2': %3 Nothing was imported.</source>
            <translation>%1, field na '%2': %3 Walang na-import.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>The file is not a Madoguchi export (field 'format'). Nothing was imported.</source>
            <translation>Hindi export ng Madoguchi ang file (field na 'format'). Walang na-import.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The file has format version %1; this Madoguchi reads version %2. Nothing was imported.</source>
            <translation>Ang file ay may format version %1; ang Madoguchi na ito ay nakakabasa ng version %2. Walang na-import.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Field 'code_items' must be a list. Nothing was imported.</source>
            <translation>Dapat ay listahan ang field na 'code_items'. Walang na-import.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1, field '%2': needs list, code, label_ja, label_en. Nothing was imported.</source>
            <translation>%1, field na '%2': kailangan ng list, code, label_ja, label_en. Walang na-import.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1, field '%2': sort_order must be a whole number and active true or false. Nothing was imported.</source>
            <translation>%1, field na '%2': dapat buong numero ang sort_order at true o false ang active. Walang na-import.</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+22" />
            <location filename="../app/kbpack.py" line="+78" />
            <source>Field '%1' must be a list. Nothing was imported.</source>
            <translation>Dapat ay listahan ang field na '%1'. Walang na-import.</translation>
        </message>
        <message>
            <location line="-9" />
            <source>%1, field '%2': refers to a resident that is neither in the file nor in the database. Nothing was imported.</source>
            <translation>%1, field na '%2': tumutukoy sa residenteng wala sa file at wala rin sa database. Walang na-import.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>%1, field '%2': a deleted record that is also in the file or in the database. Nothing was imported.</source>
            <translation>%1, field '%2': isang binurang rekord na nasa file o database pa rin. Walang na-import.</translation>
        </message>
        <message>
            <location line="+32" />
            <location filename="../app/kbpack.py" line="-48" />
            <source>%1, field '%2': is not an object. Nothing was imported.</source>
            <translation>%1, field na '%2': hindi object. Walang na-import.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1, field '%2': missing or not a text. Nothing was imported.</source>
            <translation>%1, field na '%2': nawawala o hindi text. Walang na-import.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': not a UUID. Nothing was imported.</source>
            <translation>%1, field na '%2': hindi isang UUID. Walang na-import.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, field '%2': appears twice in the file. Nothing was imported.</source>
            <translation>%1, field na '%2': dalawang beses lumabas sa file. Walang na-import.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, field '%2': this record is already in the database. Nothing was imported.</source>
            <translation>%1, field na '%2': nasa database na ang rekord na ito. Walang na-import.</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../app/kbpack.py" line="+5" />
            <source>%1, field '%2': unknown field. Nothing was imported.</source>
            <translation>%1, field na '%2': hindi kilalang field. Walang na-import.</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../app/kbpack.py" line="+5" />
            <source>%1, field '%2': missing. Nothing was imported.</source>
            <translation>%1, field na '%2': nawawala. Walang na-import.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1, field '%2': not a date and time. Nothing was imported.</source>
            <translation>%1, field na '%2': hindi isang petsa at oras. Walang na-import.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': longer than a user name can be. Nothing was imported.</source>
            <translation>%1, field na '%2': mas mahaba kaysa sa maaaring haba ng user name. Walang na-import.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1, field '%2': refers to a record that is neither in the file nor in the database. Nothing was imported.</source>
            <translation>%1, field na '%2': tumutukoy sa rekord na wala sa file at wala rin sa database. Walang na-import.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1, field '%2': each link needs 'related' and 'relation'. Nothing was imported.</source>
            <translation>%1, field na '%2': kailangan ng bawat link ang 'related' at 'relation'. Walang na-import.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': a resident cannot be linked to themselves. Nothing was imported.</source>
            <translation>%1, field na '%2': hindi puwedeng i-link ang residente sa kanyang sarili. Walang na-import.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1, field '%2': refers to a resident that is not there. Nothing was imported.</source>
            <translation>%1, field na '%2': tumutukoy sa residenteng wala roon. Walang na-import.</translation>
        </message>
        <message>
            <location line="-263" />
            <source>Some of these records were added to the database while the file was being imported (the same file imported twice at once?). Nothing was imported.</source>
            <translation>Naidagdag sa database ang ilan sa mga rekord na ito habang ini-import ang file (dalawang beses bang sabay na na-import ang parehong file?). Walang na-import.</translation>
        </message>
        <message>
            <location filename="../app/files.py" line="-86" />
            <source>The disk is full, so %1 was not written; nothing was left half-written. Free some space and try again.</source>
            <translation>Puno na ang disk, kaya hindi naisulat ang %1; walang naiwang kalahating nakasulat. Magbakante ng espasyo at subukang muli.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 could not be written (%2); nothing was left half-written.</source>
            <translation>Hindi maisulat ang %1 (%2); walang naiwang kalahating nakasulat.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is a folder: give the name of a file to write.</source>
            <translation>Folder ang %1: magbigay ng pangalan ng file na susulatan.</translation>
        </message>
        <message>
            <location line="+121" />
            <source>%1 is a folder, not a Madoguchi export.</source>
            <translation>Folder ang %1, hindi export ng Madoguchi.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not a Madoguchi export.</source>
            <translation>Hindi export ng Madoguchi ang %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is a folder, not a Madoguchi knowledge pack.</source>
            <translation>Folder ang %1, hindi knowledge pack ng Madoguchi.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not a Madoguchi knowledge pack.</source>
            <translation>Hindi knowledge pack ng Madoguchi ang %1.</translation>
        </message>
        <message>
            <location line="+57" />
            <source>%1 names the same field twice in one record, so it is not clear which value counts; nothing was read from it.</source>
            <translation>Dalawang beses binanggit ng %1 ang parehong field sa iisang rekord, kaya hindi malinaw kung aling value ang bibilangin; walang binasa mula rito.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is nested too deeply to be a Madoguchi file (at %2).</source>
            <translation>Masyadong malalim ang pagkaka-nest ng %1 para maging Madoguchi file (sa %2).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 holds a number too large for any field (at %2).</source>
            <translation>May numero sa %1 na masyadong malaki para sa anumang field (sa %2).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 holds a control or text-direction character that no record may contain (at %2).</source>
            <translation>May control o text-direction character ang %1 na hindi puwedeng laman ng anumang rekord (sa %2).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is larger than 512 MB, too large to be a Madoguchi file.</source>
            <translation>Mas malaki sa 512 MB ang %1, masyadong malaki para maging Madoguchi file.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is not an ordinary file.</source>
            <translation>Hindi karaniwang file ang %1.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is a folder, not %2.</source>
            <translation>Folder ang %1, hindi %2.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not %2.</source>
            <translation>Hindi %2 ang %1.</translation>
        </message>
        <message>
            <location line="+12" />
            <location filename="../app/sync_cli.py" line="+22" />
            <source>There is no file %1.</source>
            <translation>Walang file na %1.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 cannot be read as UTF-8 text (%2).</source>
            <translation>Hindi mabasa ang %1 bilang UTF-8 na text (%2).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is not valid JSON (line %2: %3).</source>
            <translation>Hindi valid na JSON ang %1 (linya %2: %3).</translation>
        </message>
        <message>
            <location filename="../app/instance.py" line="+19" />
            <source>This database is already open in another Madoguchi window (perhaps of another user of this computer); close it there first.</source>
            <translation>Bukas na ang database na ito sa ibang window ng Madoguchi (maaaring sa ibang user ng computer na ito); isara muna ito roon.</translation>
        </message>
        <message>
            <location line="+96" />
            <source>Madoguchi cannot create the lock file %1 beside the database (%2).</source>
            <translation>Hindi makagawa ang Madoguchi ng lock file na %1 sa tabi ng database (%2).</translation>
        </message>
        <message>
            <location filename="../app/kbpack.py" line="-117" />
            <source>%1, field '%2': appears twice in the pack. Nothing was imported.</source>
            <translation>%1, field na '%2': dalawang beses lumabas sa pack. Walang na-import.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Set the town's name (Settings) before exporting a knowledge pack: every entry carries the town it came from.</source>
            <translation>Itakda ang pangalan ng bayan (Mga setting) bago mag-export ng knowledge pack: nakatala sa bawat entry ang bayang pinagmulan nito.</translation>
        </message>
        <message>
            <location line="+49" />
            <source>%1 is not a Madoguchi knowledge pack (field 'format').</source>
            <translation>Hindi knowledge pack ng Madoguchi ang %1 (field na 'format').</translation>
        </message>
        <message>
            <location line="+34" />
            <source>%1, field '%2': is too short to be a UUID. Nothing was imported.</source>
            <translation>%1, field na '%2': masyadong maikli para maging UUID. Walang na-import.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>This is not a Madoguchi knowledge pack (field 'format'). Nothing was imported.</source>
            <translation>Hindi ito knowledge pack ng Madoguchi (field na 'format'). Walang na-import.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The pack has format version %1; this Madoguchi reads version %2. Nothing was imported.</source>
            <translation>Ang pack ay may format version %1; ang Madoguchi na ito ay nakakabasa ng version %2. Walang na-import.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The pack does not say which town it came from (field 'town'). Nothing was imported.</source>
            <translation>Hindi nakasaad sa pack kung saang bayan ito nagmula (field na 'town'). Walang na-import.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1, field '%2': must be a list of codes. Nothing was imported.</source>
            <translation>%1, field na '%2': dapat ay listahan ng mga code. Walang na-import.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>%1, field '%2': each text needs exactly 'language', 'question' and 'answer', as text. Nothing was imported.</source>
            <translation>%1, field na '%2': dapat may eksaktong 'language', 'question' at 'answer' ang bawat text, bilang text. Walang na-import.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': must be a list of document names. Nothing was imported.</source>
            <translation>%1, field na '%2': dapat ay listahan ng mga pangalan ng dokumento. Walang na-import.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1, field '%2': must be a list of organisation UUIDs. Nothing was imported.</source>
            <translation>%1, field na '%2': dapat ay listahan ng mga UUID ng organisasyon. Walang na-import.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': refers to an organisation that is neither in the pack nor in the directory. Nothing was imported.</source>
            <translation>%1, field na '%2': tumutukoy sa organisasyong wala sa pack at wala rin sa direktoryo. Walang na-import.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1, field '%2': another entry of the pack has the same topic and Japanese question. Nothing was imported.</source>
            <translation>%1, field na '%2': may ibang entry sa pack na may parehong paksa at tanong sa Japanese. Walang na-import.</translation>
        </message>
        <message>
            <location filename="../app/keyslots.py" line="-1" />
            <source>The key file %1 is damaged.</source>
            <translation>Sira ang key file na %1.</translation>
        </message>
        <message>
            <location line="+172" />
            <source>The key file %1 is missing beside the database, so the database cannot be opened.</source>
            <translation>Nawawala ang key file na %1 sa tabi ng database, kaya hindi mabuksan ang database.</translation>
        </message>
        <message>
            <location filename="../app/knowledge.py" line="+95" />
            <source>That knowledge entry no longer exists.</source>
            <translation>Wala na ang entry sa knowledge base na iyan.</translation>
        </message>
        <message>
            <location line="+165" />
            <source>This answer has no text in that language yet; it has %1.</source>
            <translation>Wala pang teksto ang sagot na ito sa wikang iyon; mayroon ito sa %1.</translation>
        </message>
        <message>
            <location filename="../app/languages.py" line="+31" />
            <source>Unknown language %1; use one of: %2.</source>
            <translation>Hindi kilalang wika ang %1; gamitin ang isa sa: %2.</translation>
        </message>
        <message>
            <location filename="../app/migrations.py" line="+48" />
            <source>Unexpected file in the migrations folder: %1.</source>
            <translation>Hindi inaasahang file sa migrations folder: %1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Migration %1 is missing.</source>
            <translation>Nawawala ang migration na %1.</translation>
        </message>
        <message>
            <location line="+22" />
            <location filename="../app/store.py" line="+279" />
            <source>This database was made by a newer Madoguchi (schema %1; this version knows up to %2). It was not changed: please update Madoguchi.</source>
            <translation>Ginawa ang database na ito ng mas bagong bersiyon ng Madoguchi (schema %1; hanggang %2 lamang ang alam ng bersiyong ito). Hindi ito binago: paki-update ang Madoguchi.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Updating the database to schema %1 (%2) failed: %3. The database is unchanged at schema %4.</source>
            <translation>Nabigo ang pag-update ng database sa schema %1 (%2): %3. Hindi nagbago ang database at nasa schema %4 pa rin.</translation>
        </message>
        <message>
            <location filename="../app/progress.py" line="+16" />
            <source>Cancelled; nothing was changed.</source>
            <translation>Kinansela; walang binago.</translation>
        </message>
        <message>
            <location filename="../app/reports/build.py" line="-45" />
            <source>Unknown format %1; choose from %2.</source>
            <translation>Hindi kilalang format ang %1; pumili sa %2.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is not a month; write it as YYYY-MM.</source>
            <translation>Hindi buwan ang %1; isulat ito bilang YYYY-MM.</translation>
        </message>
        <message>
            <location line="+79" />
            <source>The annual report was not written: the disclosure audit found %1 hidden figure(s) that could be narrowed down to less than %2 (first: %3).</source>
            <translation>Hindi naisulat ang taunang ulat: nakita ng pagsusuri ng pagbubunyag ang %1 nakatagong bilang na maaaring mapaliit sa mas mababa sa %2 (una: %3).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 is not a fiscal year Madoguchi can report on.</source>
            <translation>Hindi maiuulat ng Madoguchi ang fiscal year na %1.</translation>
        </message>
        <message>
            <location filename="../app/reports/fonts.py" line="+94" />
            <source>The font file %1 is missing from %2; reinstall Madoguchi.</source>
            <translation>Nawawala ang font file na %1 sa %2; i-install muli ang Madoguchi.</translation>
        </message>
        <message>
            <location filename="../app/reports/mail.py" line="+35" />
            <source>The mail subject uses an unknown placeholder {%1}; known ones are: %2.</source>
            <translation>Gumagamit ang subject ng mail ng hindi kilalang placeholder na {%1}; ang mga kilala ay: %2.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail body uses an unknown placeholder {%1}; known ones are: %2.</source>
            <translation>Gumagamit ang mensahe ng mail ng hindi kilalang placeholder na {%1}; ang mga kilala ay: %2.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail template uses an unknown placeholder {%1}; known ones are: %2.</source>
            <translation>Gumagamit ang template ng mail ng hindi kilalang placeholder na {%1}; ang mga kilala ay: %2.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail subject has a broken placeholder; write placeholders as {town} and a literal brace as {{ or }}.</source>
            <translation>May sirang placeholder ang subject ng mail; isulat ang mga placeholder bilang {town} at ang literal na brace bilang {{ o }}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail body has a broken placeholder; write placeholders as {town} and a literal brace as {{ or }}.</source>
            <translation>May sirang placeholder ang mensahe ng mail; isulat ang mga placeholder bilang {town} at ang literal na brace bilang {{ o }}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail template has a broken placeholder; write placeholders as {town} and a literal brace as {{ or }}.</source>
            <translation>May sirang placeholder ang template ng mail; isulat ang mga placeholder bilang {town} at ang literal na brace bilang {{ o }}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The sender address is empty.</source>
            <translation>Walang laman ang address ng nagpapadala.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The recipient address is empty.</source>
            <translation>Walang laman ang address ng tatanggap.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The sender address %1 is not valid.</source>
            <translation>Hindi valid ang address ng nagpapadala na %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The recipient address %1 is not valid.</source>
            <translation>Hindi valid ang address ng tatanggap na %1.</translation>
        </message>
        <message>
            <location line="+79" />
            <source>%1 is a monthly report, for use inside the town hall only; it is never attached to the mail to the prefecture.</source>
            <translation>Ang %1 ay buwanang ulat, para lamang sa loob ng munisipyo; hindi ito kailanman ilalakip sa mail sa prepektura.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1: files are attached as they are, never zipped.</source>
            <translation>%1: ikinakabit ang mga file nang walang pagbabago, hindi kailanman naka-zip.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The attachment %1 could not be read.</source>
            <translation>Hindi mabasa ang attachment na %1.</translation>
        </message>
        <message>
            <location line="+80" />
            <source>The password could not be read from the system keyring.</source>
            <translation>Hindi mabasa ang password mula sa keyring ng system.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Enter the SMTP user name before saving a password.</source>
            <translation>Ilagay ang SMTP user name bago mag-save ng password.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No secure keyring is available on this computer, so the password cannot be saved; it will be asked for each time.</source>
            <translation>Walang ligtas na keyring sa computer na ito, kaya hindi ma-save ang password; hihingin ito sa bawat pagkakataon.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The password could not be saved in the system keyring.</source>
            <translation>Hindi ma-save ang password sa keyring ng system.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The password could not be removed from the system keyring.</source>
            <translation>Hindi maalis ang password mula sa keyring ng system.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>No password was given and no secure keyring is available on this computer; enter the SMTP password to send.</source>
            <translation>Walang ibinigay na password at walang ligtas na keyring sa computer na ito; ilagay ang SMTP password para makapagpadala.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No password was given and none is saved in the keyring for %1; enter the SMTP password to send.</source>
            <translation>Walang ibinigay na password at walang naka-save sa keyring para sa %1; ilagay ang SMTP password para makapagpadala.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No mail server (SMTP host) is set.</source>
            <translation>Walang nakatakdang mail server (SMTP host).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The password would travel unencrypted; turn on STARTTLS.</source>
            <translation>Maipapadala ang password nang hindi naka-encrypt; i-on ang STARTTLS.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>SMTP login cannot send a user name or password with non-ASCII characters (e.g. full-width letters); check what was typed.</source>
            <translation>Hindi makapagpadala ang SMTP login ng user name o password na may non-ASCII na character (hal. full-width na titik); suriin ang na-type.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>The mail server %1 did not accept the user name or password.</source>
            <translation>Hindi tinanggap ng mail server na %1 ang user name o password.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 does not offer STARTTLS encryption; nothing was sent.</source>
            <translation>Hindi nag-aalok ang mail server na %1 ng STARTTLS encryption; walang naipadala.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 does not accept a login (SMTP AUTH).</source>
            <translation>Hindi tumatanggap ng login (SMTP AUTH) ang mail server na %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail server %1 cannot take this message.</source>
            <translation>Hindi matanggap ng mail server na %1 ang mensaheng ito.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail server %1 refused the recipient address %2.</source>
            <translation>Tinanggihan ng mail server na %1 ang address ng tatanggap na %2.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 refused the sender address %2.</source>
            <translation>Tinanggihan ng mail server na %1 ang address ng nagpapadala na %2.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The certificate of %1 could not be verified; nothing was sent.</source>
            <translation>Hindi ma-verify ang certificate ng %1; walang naipadala.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The encrypted connection (TLS) to %1 failed; nothing was sent.</source>
            <translation>Nabigo ang naka-encrypt na koneksiyon (TLS) sa %1; walang naipadala.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 closed the connection unexpectedly.</source>
            <translation>Biglang isinara ng mail server na %1 ang koneksiyon.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 offers no login method Madoguchi can use.</source>
            <translation>Walang login method ang mail server na %1 na magagamit ng Madoguchi.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 answered with error %2; nothing was sent.</source>
            <translation>Sumagot ang mail server na %1 ng error na %2; walang naipadala.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 refused the connection; check the server name and port.</source>
            <translation>Tinanggihan ng mail server na %1 ang koneksiyon; suriin ang pangalan ng server at ang port.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server name %1 could not be found.</source>
            <translation>Hindi mahanap ang pangalan ng mail server na %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 did not answer within %2 seconds.</source>
            <translation>Hindi sumagot ang mail server na %1 sa loob ng %2 segundo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sending through the mail server %1 failed.</source>
            <translation>Nabigo ang pagpapadala sa pamamagitan ng mail server na %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Could not connect to the mail server %1.</source>
            <translation>Hindi makakonekta sa mail server na %1.</translation>
        </message>
        <message>
            <location filename="../app/residents.py" line="+56" />
            <source>That resident no longer exists.</source>
            <translation>Wala na ang rekord ng residenteng iyan.</translation>
        </message>
        <message>
            <location line="+50" />
            <source>This resident has %1 linked records; delete or reassign them first.</source>
            <translation>May %1 na naka-link na rekord ang residenteng ito; burahin o ilipat muna ang mga ito.</translation>
        </message>
        <message>
            <location filename="../app/retention.py" line="+94" />
            <source>The retention period must be at least one year.</source>
            <translation>Dapat ay hindi bababa sa isang taon ang panahon ng pag-iingat ng datos.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The retention period can be at most %1 years.</source>
            <translation>Hanggang %1 taon lamang ang panahon ng pag-iingat ng datos.</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Only an administrator can purge residents' records.</source>
            <translation>Ang administrator lamang ang puwedeng permanenteng magbura ng mga rekord ng residente.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Some of those residents no longer exist; nothing was changed.</source>
            <translation>Wala na ang rekord ng ilan sa mga residenteng iyan; walang binago.</translation>
        </message>
        <message>
            <location filename="../app/rows.py" line="+26" />
            <source>The resident no longer exists; it may have been deleted.</source>
            <translation>Wala na ang rekord ng residente; maaaring binura na ito.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The consultation no longer exists; it may have been deleted.</source>
            <translation>Wala na ang konsultasyon; maaaring binura na ito.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The accompaniment no longer exists; it may have been deleted.</source>
            <translation>Wala na ang pagsama; maaaring binura na ito.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The session no longer exists; it may have been deleted.</source>
            <translation>Wala na ang sesyon; maaaring binura na ito.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The organisation no longer exists; it may have been deleted.</source>
            <translation>Wala na ang organisasyon; maaaring binura na ito.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The bridge person no longer exists; it may have been deleted.</source>
            <translation>Wala na ang rekord ng taong-tulay; maaaring binura na ito.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The knowledge entry no longer exists; it may have been deleted.</source>
            <translation>Wala na ang entry sa knowledge base; maaaring binura na ito.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>The %1 no longer exists; it may have been deleted.</source>
            <translation>Wala na ang %1; maaaring binura na ito.</translation>
        </message>
        <message>
            <location filename="../app/sessions.py" line="+24" />
            <source>That session no longer exists.</source>
            <translation>Wala na ang sesyong iyan.</translation>
        </message>
        <message>
            <location filename="../app/storage.py" line="+27" />
            <source>The database is on a network drive, where SQLite is not safe and the file can be damaged, so please keep it on this computer's own disk.</source>
            <translation>Nasa network drive ang database, kung saan hindi ligtas ang SQLite at maaaring masira ang file, kaya pakitago ito sa sariling disk ng computer na ito.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The database is in a folder synced by %1, where SQLite is not safe and the file can be damaged, so please move it to a folder that is not synced.</source>
            <translation>Nasa folder na sini-sync ng %1 ang database, kung saan hindi ligtas ang SQLite at maaaring masira ang file, kaya pakilipat ito sa folder na hindi sini-sync.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The database is in a folder synced by a cloud storage service, where SQLite is not safe and the file can be damaged, so please move it to a folder that is not synced.</source>
            <translation>Nasa folder na sini-sync ng isang cloud storage service ang database, kung saan hindi ligtas ang SQLite at maaaring masira ang file, kaya pakilipat ito sa folder na hindi sini-sync.</translation>
        </message>
        <message>
            <location filename="../app/store.py" line="-256" />
            <source>The disk is full: this record was not saved. Free some space and save again.</source>
            <translation>Puno na ang disk: hindi na-save ang rekord na ito. Magbakante ng espasyo at i-save muli.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The disk could not be written: this record was not saved. Check the drive and save again.</source>
            <translation>Hindi makasulat sa disk: hindi na-save ang rekord na ito. Suriin ang drive at i-save muli.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Only an administrator can change the settings.</source>
            <translation>Ang administrator lamang ang puwedeng magbago ng mga setting.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can change the code lists.</source>
            <translation>Ang administrator lamang ang puwedeng magbago ng mga listahan ng code.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can change the report settings.</source>
            <translation>Ang administrator lamang ang puwedeng magbago ng mga setting ng ulat.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can export every record.</source>
            <translation>Ang administrator lamang ang puwedeng mag-export ng lahat ng rekord.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can import records.</source>
            <translation>Ang administrator lamang ang puwedeng mag-import ng mga rekord.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can import a knowledge pack.</source>
            <translation>Ang administrator lamang ang puwedeng mag-import ng knowledge pack.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can put residents' names in a handover pack.</source>
            <translation>Ang administrator lamang ang puwedeng maglagay ng pangalan ng mga residente sa turnover pack.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>The database is busy: another Madoguchi (perhaps a command-line import) is writing to it. Nothing was saved yet; try again in a moment.</source>
            <translation>Abala ang database: may ibang Madoguchi (marahil isang import mula sa command line) na sumusulat dito. Wala pang na-save; subukang muli maya-maya.</translation>
        </message>
        <message>
            <location line="+91" />
            <source>This database was closed (after a change of user or a restore).</source>
            <translation>Naisara ang database na ito (pagkatapos magpalit ng user o mag-restore).</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Only an administrator can %1.</source>
            <translation>Ang administrator lamang ang puwedeng gumawa nito: %1.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>%1 is on read-only media (or in a folder that cannot be written): it can be read and reported on, but nothing can be changed in it.</source>
            <translation>Nasa read-only na media ang %1 (o nasa folder na hindi masusulatan): puwede itong basahin at gawan ng ulat, pero walang mababago rito.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is on read-only media and was made by an older Madoguchi, so it cannot be updated to be read; copy it to this computer's disk first.</source>
            <translation>Nasa read-only na media ang %1 at ginawa ito ng mas lumang Madoguchi, kaya hindi ito ma-update para mabasa; kopyahin muna ito sa disk ng computer na ito.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is empty (0 bytes), so it holds no records; it was kept as it is. Restore the newest backup instead.</source>
            <translation>Walang laman ang %1 (0 byte), kaya wala itong anumang rekord; iniwan ito nang walang pagbabago. Sa halip, i-restore ang pinakabagong backup.</translation>
        </message>
        <message>
            <location filename="../app/tableimport/cells.py" line="+21" />
            <source>'%1' is not a date.</source>
            <translation>Hindi petsa ang '%1'.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' is a date that does not exist.</source>
            <translation>Hindi umiiral na petsa ang '%1'.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The date is empty.</source>
            <translation>Walang laman ang petsa.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' has no year, and the sheet's title names no 年度: set the fiscal year in the mapping.</source>
            <translation>Walang taon ang '%1', at walang binabanggit na fiscal year (年度) ang pamagat ng sheet: itakda ang fiscal year sa mapping.</translation>
        </message>
        <message>
            <location filename="../app/tableimport/command.py" line="+64" />
            <source>Give --user NAME: the new town's first administrator.</source>
            <translation>Ibigay ang --user NAME: ang unang administrator ng bagong bayan.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>%1 is a mapping for a resident roster; add --roster.</source>
            <translation>Ang %1 ay mapping para sa listahan ng mga residente; idagdag ang --roster.</translation>
        </message>
        <message>
            <location filename="../app/tableimport/errors.py" line="+18" />
            <source>%1 is not an Excel workbook (.xlsx, .xls) or a CSV file. Nothing was imported.</source>
            <translation>Hindi Excel workbook (.xlsx, .xls) o CSV file ang %1. Walang na-import.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is protected with a password: open it in Excel, remove the password, save it and try again. Nothing was imported.</source>
            <translation>Protektado ng password ang %1: buksan ito sa Excel, alisin ang password, i-save ito at subukang muli. Walang na-import.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is larger than %2 MB, the most a table import reads. Nothing was imported.</source>
            <translation>Mas malaki sa %2 MB ang %1, ang pinakamalaking nababasa ng table import. Walang na-import.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 unpacks to more than %2 MB, more than a table import reads. Nothing was imported.</source>
            <translation>Lumalampas sa %2 MB ang %1 kapag na-unpack, higit sa nababasa ng table import. Walang na-import.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sheet '%1' has more than %2 rows, the most a table import reads. Nothing was imported.</source>
            <translation>May higit sa %2 row ang sheet na '%1', ang pinakamarami na nababasa ng table import. Walang na-import.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sheet '%1' has more than %2 columns, the most a table import reads. Nothing was imported.</source>
            <translation>May higit sa %2 column ang sheet na '%1', ang pinakamarami na nababasa ng table import. Walang na-import.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sheet '%1', row %2 has a cell of %3 characters or more, as long as Excel itself allows. Nothing was imported.</source>
            <translation>May cell sa sheet na '%1', row %2 na may %3 character o higit pa, kasinghaba ng pinapayagan mismo ng Excel. Walang na-import.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 could not be read as a spreadsheet; it may be damaged. Nothing was imported.</source>
            <translation>Hindi mabasa ang %1 bilang spreadsheet; maaaring sira ito. Walang na-import.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no file at %1.</source>
            <translation>Walang file sa %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The file has no sheet named '%1'. Nothing was imported.</source>
            <translation>Walang sheet na pinangalanang '%1' sa file. Walang na-import.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This file was already imported on %1 by %2; importing it again would add its records twice. Nothing was imported.</source>
            <translation>Na-import na ni %2 ang file na ito noong %1; kapag in-import ulit, madodoble ang mga rekord nito. Walang na-import.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 rows have problems (see the preview or the report); correct the file or the mapping, or choose to skip those rows. Nothing was imported.</source>
            <translation>May problema ang %1 row (tingnan ang preview o ang ulat); ayusin ang file o ang mapping, o piliing laktawan ang mga row na iyon. Walang na-import.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No row of the file can be imported. Nothing was imported.</source>
            <translation>Walang row sa file na maaaring i-import. Walang na-import.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is not a Madoguchi mapping profile (%2). Nothing was imported.</source>
            <translation>Hindi mapping profile ng Madoguchi ang %1 (%2). Walang na-import.</translation>
        </message>
        <message>
            <location filename="../app/tableimport/messages.py" line="-53" />
            <source>Blank row.</source>
            <translation>Blangkong row.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Above the header row (a title or a note).</source>
            <translation>Nasa itaas ng header row (pamagat o tala).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The header row.</source>
            <translation>Ang header row.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A total row (合計).</source>
            <translation>Row ng kabuuan (合計).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Struck through: a cancelled entry.</source>
            <translation>May guhit sa gitna: kinanselang entry.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Marked as cancelled (取消).</source>
            <translation>Minarkahang kanselado (取消).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A summary sheet with formulas.</source>
            <translation>Summary sheet na may mga formula.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No header row with known column names.</source>
            <translation>Walang header row na may kilalang pangalan ng column.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A hidden sheet (choose it to import it).</source>
            <translation>Nakatagong sheet (piliin ito para ma-import).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The sheet was not chosen.</source>
            <translation>Hindi napili ang sheet.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skipped for its problems, as the mapping asks: %1</source>
            <translation>Nilaktawan dahil sa mga problema nito, ayon sa mapping: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 '%2' has no code: choose one in the mapping.</source>
            <translation>Walang code ang %1 na '%2': pumili ng isa sa mapping.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No value for “%1”: map a column to it or set a default in the mapping.</source>
            <translation>Walang halaga para sa “%1”: i-map dito ang isang column o magtakda ng default sa mapping.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No topic.</source>
            <translation>Walang paksa.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' is not a time of day.</source>
            <translation>Hindi oras ng araw ang '%1'.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' is not a number of minutes.</source>
            <translation>Hindi bilang ng minuto ang '%1'.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The name matches %1 residents; tell them apart in Madoguchi first.</source>
            <translation>Tumutugma ang pangalan sa %1 residente; paghiwalayin muna sila sa Madoguchi.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Field '%1': %2</source>
            <translation>Field na '%1': %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New resident.</source>
            <translation>Bagong residente.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Matched an existing resident.</source>
            <translation>Tumugma sa isang kasalukuyang residente.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymous.</source>
            <translation>Anonymous.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not on the roster any more (moved out?): not changed, check by hand.</source>
            <translation>Wala na sa listahan (lumipat na?): hindi binago, suriin nang mano-mano.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Matched: %1 updated.</source>
            <translation>Tumugma: na-update ang %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The same name is already on the roster (sheet '%1', row %2).</source>
            <translation>Nasa listahan na ang parehong pangalan (sheet na '%1', row %2).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Matched: nothing to change.</source>
            <translation>Tumugma: walang babaguhin.</translation>
        </message>
        <message>
            <location filename="../app/tableimport/roster.py" line="+54" />
            <source>%1 is a mapping for a consultation log, not for a roster.</source>
            <translation>Ang %1 ay mapping para sa talaan ng mga konsultasyon, hindi para sa listahan ng mga residente.</translation>
        </message>
        <message>
            <location filename="../app/roles.py" line="+41" />
            <source>Madoguchi found changes made outside it: %1. The audit trail records them.</source>
            <translation>May nakita ang Madoguchi na mga pagbabagong ginawa sa labas nito: %1. Nakatala ang mga ito sa audit trail.</translation>
        </message>
        <message>
            <location filename="../app/reports/annual.py" line="+33" />
            <source>The annual report was not made: the hidden figure %1 cannot be protected together with the reports of this year issued before. Nothing was written.</source>
            <translation>Hindi ginawa ang taunang ulat: hindi maprotektahan ang nakatagong bilang %1 kasama ng mga naunang inilabas na ulat ngayong taon. Walang naisulat.</translation>
        </message>
        <message>
            <location filename="../app/kind_records.py" line="+52" />
            <source>That record no longer exists.</source>
            <translation>Wala na ang rekord na iyon.</translation>
        </message>
        <message>
            <location filename="../app/reports/categories.py" line="+74" />
            <source>%1 is not a category mapping (a JSON object with id, name and categories).</source>
            <translation>Ang %1 ay hindi category mapping (isang JSON object na may id, name at categories).</translation>
        </message>
        <message>
            <location filename="../app/reports/categories_cli.py" line="+23" />
            <source>%1 is not a category of %2; the categories are: %3.</source>
            <translation>Ang %1 ay hindi kategorya ng %2; ang mga kategorya ay: %3.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 could not be read as JSON.</source>
            <translation>Hindi mabasa ang %1 bilang JSON.</translation>
        </message>
        <message>
            <location filename="../app/reports/datafile.py" line="+50" />
            <source>The annual data file needs the town's municipality code (全国地方公共団体コード): enter it in Settings → Reports.</source>
            <translation>Kailangan ng taunang data file ang code ng munisipyo ng bayan (全国地方公共団体コード): ilagay ito sa Settings → Mga Ulat.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The annual data file needs the town's name: enter it in Settings.</source>
            <translation>Kailangan ng taunang data file ang pangalan ng bayan: ilagay ito sa Settings.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is too large to be an annual data file.</source>
            <translation>Masyadong malaki ang %1 para maging taunang data file.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 could not be read.</source>
            <translation>Hindi mabasa ang %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not a Madoguchi annual data file.</source>
            <translation>Ang %1 ay hindi taunang data file ng Madoguchi.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 was made by a newer Madoguchi (data format %2; this version reads up to %3): please update Madoguchi to read it.</source>
            <translation>Ginawa ang %1 ng mas bagong Madoguchi (data format %2; hanggang %3 ang nababasa ng bersyong ito): i-update ang Madoguchi para mabasa ito.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 uses code lists of version %2, newer than this Madoguchi knows (%3): please update Madoguchi to read it.</source>
            <translation>Gumagamit ang %1 ng mga code list na bersyon %2, mas bago kaysa alam ng Madoguchi na ito (%3): i-update ang Madoguchi para mabasa ito.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 does not follow the annual data format at %2 (%3); was it edited by hand?</source>
            <translation>Hindi sumusunod ang %1 sa taunang data format sa %2 (%3); inedit ba ito nang mano-mano?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 does not add up: %2; was it edited by hand?</source>
            <translation>Hindi tugma ang kabuuan ng %1: %2; inedit ba ito nang mano-mano?</translation>
        </message>
        <message>
            <location line="+138" />
            <source>the municipality code's check digit</source>
            <translation>check digit ng code ng munisipyo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the cut-off date</source>
            <translation>petsa ng cut-off</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the cut-off date lies outside the fiscal year</source>
            <translation>ang petsa ng cut-off ay nasa labas ng taon ng pananalapi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>provisional, by the cut-off date</source>
            <translation>kung pansamantala, ayon sa petsa ng cut-off</translation>
        </message>
        <message>
            <location line="+3" />
            <source>exact or suppressed counts</source>
            <translation>eksaktong bilang o itinagong bilang</translation>
        </message>
        <message>
            <location line="+3" />
            <source>an x among exact counts</source>
            <translation>may x sa mga eksaktong bilang</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 and the total of %2</source>
            <translation>%1 at ang kabuuan ng %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the months of %1</source>
            <translation>ang mga buwan ng %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a month of %1 outside the fiscal year</source>
            <translation>isang buwan ng %1 na nasa labas ng taon ng pananalapi</translation>
        </message>
        <message>
            <location filename="../app/reports/send.py" line="+23" />
            <source>Set the prefecture's address and the mail server in Settings first.</source>
            <translation>Itakda muna ang address ng prefecture at ang mail server sa Settings.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no file to attach at %1.</source>
            <translation>Walang file na ilalakip sa %1.</translation>
        </message>
        <message>
            <location filename="../app/rollup/inputs.py" line="+19" />
            <source>Give at least one annual data file to roll up.</source>
            <translation>Magbigay ng kahit isang taunang data file na pagsasamahin.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is for %2, not %3 like %4; a roll-up covers one fiscal year. Nothing was written.</source>
            <translation>Ang %1 ay para sa %2, hindi %3 gaya ng %4; isang fiscal year lang ang saklaw ng pagsasama-sama. Walang naisulat.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 and %2 are both from %3 (municipality code %4); give one file per town. Nothing was written.</source>
            <translation>Parehong galing sa %3 ang %1 at %2 (code ng munisipyo %4); isang file bawat bayan. Walang naisulat.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is provisional (records up to %2); roll up final files only, or ask for a provisional roll-up. Nothing was written.</source>
            <translation>Pansamantala ang %1 (mga rekord hanggang %2); pinal na file lang ang pagsamahin, o humiling ng pansamantalang pagsasama-sama. Walang naisulat.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 uses code lists of version %2, which this Madoguchi cannot map to its own; nothing was written.</source>
            <translation>Gumagamit ang %1 ng mga code list na bersyon %2, na hindi ma-map ng Madoguchi na ito sa sarili nito; walang naisulat.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is given twice. Nothing was written.</source>
            <translation>Dalawang beses ibinigay ang %1. Walang naisulat.</translation>
        </message>
        <message>
            <location filename="../app/rollup/report.py" line="-6" />
            <source>The roll-up was not written: the hidden figure %1 cannot be protected; nothing was written.</source>
            <translation>Hindi naisulat ang pagsasama-sama: hindi maprotektahan ang nakatagong bilang na %1; walang naisulat.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The threshold is a whole number from 1 to 100 and the protection width one from 0 to 1000.</source>
            <translation>Ang threshold ay buong bilang mula 1 hanggang 100 at ang protection width ay mula 0 hanggang 1000.</translation>
        </message>
        <message>
            <location filename="../app/rollup/tables.py" line="+24" />
            <source>%1 does not add up (a table and its total differ); was it edited by hand? Nothing was written.</source>
            <translation>Hindi tugma ang kabuuan ng %1 (magkaiba ang isang talahanayan at ang kabuuan nito); inedit ba ito nang mano-mano? Walang naisulat.</translation>
        </message>
        <message>
            <location filename="../app/devices.py" line="-2" />
            <source>%1 already exists; choose a new file name for the other device's copy.</source>
            <translation>Mayroon na ang %1; pumili ng bagong pangalan ng file para sa kopya ng ibang device.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No device %1 is known to this town.</source>
            <translation>Walang device %1 na kilala ng bayang ito.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This device cannot revoke itself.</source>
            <translation>Hindi maaaring bawiin ng device na ito ang sarili nito.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only an administrator can add a device.</source>
            <translation>Administrator lamang ang makapagdaragdag ng device.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only an administrator can revoke a device.</source>
            <translation>Administrator lamang ang makababawi ng device.</translation>
        </message>
        <message>
            <location filename="../app/exchange.py" line="+48" />
            <source>Some of these records were deleted from the database while the file was being imported. Nothing was imported.</source>
            <translation>Nabura sa database ang ilan sa mga rekord na ito habang ini-import ang file. Walang na-import.</translation>
        </message>
        <message>
            <location filename="../app/exchange_apply.py" line="+32" />
            <source>A record refers to another record that is not here; nothing was changed.</source>
            <translation>May rekord na tumutukoy sa ibang rekord na wala rito; walang nabago.</translation>
        </message>
        <message>
            <location filename="../app/sync/conflicts.py" line="+29" />
            <source>That conflict was already resolved.</source>
            <translation>Nalutas na ang conflict na iyon.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose mine, theirs or a new value for field %1.</source>
            <translation>Piliin ang akin, sa kanila, o bagong halaga para sa field na %1.</translation>
        </message>
        <message>
            <location filename="../app/sync/engine.py" line="+40" />
            <source>Only an encrypted town can be synced between devices.</source>
            <translation>Ang naka-encrypt na bayan lamang ang maaaring i-sync sa pagitan ng mga device.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 was written by this device; there is nothing to apply.</source>
            <translation>Isinulat ng device na ito ang %1; walang ilalapat.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 comes from a device that was revoked; nothing was changed.</source>
            <translation>Galing ang %1 sa device na binawi na; walang nabago.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 was made by a newer Madoguchi (schema %2; this device has %3): update Madoguchi on this device first. Nothing was changed, and nothing is lost.</source>
            <translation>Ginawa ang %1 ng mas bagong Madoguchi (schema %2; %3 ang device na ito): i-update muna ang Madoguchi sa device na ito. Walang nabago at walang nawala.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 was made by an older Madoguchi (schema %2; this device has %3): update Madoguchi on the other device first. Nothing was changed, and nothing is lost.</source>
            <translation>Ginawa ang %1 ng mas lumang Madoguchi (schema %2; %3 ang device na ito): i-update muna ang Madoguchi sa ibang device. Walang nabago at walang nawala.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 holds a record this device cannot take (%2); nothing was changed.</source>
            <translation>May rekord sa %1 na hindi matanggap ng device na ito (%2); walang nabago.</translation>
        </message>
        <message>
            <location filename="../app/sync/folder.py" line="+27" />
            <source>The sync folder %1 cannot be reached; nothing was exchanged.</source>
            <translation>Hindi maabot ang sync folder na %1; walang naipagpalit.</translation>
        </message>
        <message>
            <location filename="../app/sync/packet.py" line="+28" />
            <source>%1 is not a Madoguchi sync packet.</source>
            <translation>Ang %1 ay hindi sync packet ng Madoguchi.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is a sync packet of another town; nothing was changed.</source>
            <translation>Ang %1 ay sync packet ng ibang bayan; walang nabago.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 was made with another key, or was changed after it was written; nothing was changed.</source>
            <translation>Ginawa ang %1 gamit ang ibang key, o binago ito matapos isulat; walang nabago.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is too large for a sync packet; nothing was changed.</source>
            <translation>Masyadong malaki ang %1 para sa sync packet; walang nabago.</translation>
        </message>
        <message>
            <location filename="../app/reports/schema_check.py" line="+96" />
            <source>matches none of the allowed forms</source>
            <translation>hindi tugma sa alinmang pinapayagang anyo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>is not of the expected kind (%1)</source>
            <translation>hindi ang inaasahang uri (%1)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>should be %1</source>
            <translation>dapat ay %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>should be one of %1</source>
            <translation>dapat ay isa sa %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>should be at least %1</source>
            <translation>dapat ay hindi bababa sa %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>should be at most %1</source>
            <translation>dapat ay hindi hihigit sa %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>has more than %1 items</source>
            <translation>may higit sa %1 na item</translation>
        </message>
        <message>
            <location line="+8" />
            <source>is too short</source>
            <translation>masyadong maikli</translation>
        </message>
        <message>
            <location line="+2" />
            <source>is too long</source>
            <translation>masyadong mahaba</translation>
        </message>
        <message>
            <location line="+2" />
            <source>is not in the expected form</source>
            <translation>wala sa inaasahang anyo</translation>
        </message>
        <message>
            <location line="+6" />
            <source>lacks %1</source>
            <translation>walang %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>has more than %1 entries</source>
            <translation>may higit sa %1 na entry</translation>
        </message>
        <message>
            <location line="+11" />
            <source>is not expected here</source>
            <translation>hindi inaasahan dito</translation>
        </message>
    </context>
    <context>
        <name>run_window</name>
        <message>
            <location filename="../ui/main.py" line="+53" />
            <source>The database %1 is missing, but its key file is there. Restore the database from a backup; no new database was made.</source>
            <translation>Nawawala ang database na %1, pero naroon ang key file nito. I-restore ang database mula sa isang backup; walang ginawang bagong database.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 is not a database file.</source>
            <translation>Hindi database file ang %1.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is not encrypted; Madoguchi keeps records only in encrypted databases. It was not changed.</source>
            <translation>Hindi naka-encrypt ang %1; sa mga naka-encrypt na database lamang nag-iingat ng rekord ang Madoguchi. Hindi ito binago.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The key file %1 is missing beside the database, so it cannot be opened.</source>
            <translation>Nawawala ang key file na %1 sa tabi ng database, kaya hindi ito mabuksan.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The folder %1 does not exist; no database was made.</source>
            <translation>Wala ang folder na %1; walang ginawang database.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Madoguchi cannot make its data folder %1 (%2).</source>
            <translation>Hindi magawa ng Madoguchi ang data folder nito na %1 (%2).</translation>
        </message>
    </context>
    <context>
        <name>validation</name>
        <message>
            <location filename="../app/kinds.py" line="+273" />
            <source>Unknown code list.</source>
            <translation>Hindi kilalang listahan ng code.</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Use letters, digits and underscores only.</source>
            <translation>Mga titik, numero at underscore lamang ang gamitin.</translation>
        </message>
        <message>
            <location filename="../app/reports/categories.py" line="-17" />
            <location line="+3" />
            <location line="+5" />
            <location filename="../app/validation.py" line="+19" />
            <source>Required.</source>
            <translation>Kailangan.</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Already in the list.</source>
            <translation>Nasa listahan na.</translation>
        </message>
        <message>
            <location filename="../app/knowledge.py" line="-184" />
            <source>Write the Japanese version first.</source>
            <translation>Isulat muna ang bersiyong Japanese.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>One text per language.</source>
            <translation>Isang text bawat wika.</translation>
        </message>
        <message>
            <location filename="../app/exchange_check.py" line="+301" />
            <location filename="../app/knowledge.py" line="+4" />
            <source>Each language needs a question and an answer.</source>
            <translation>Kailangan ng tanong at sagot sa bawat wika.</translation>
        </message>
        <message>
            <location filename="../app/validation.py" line="+1" />
            <source>Not a real date (use YYYY-MM-DD).</source>
            <translation>Hindi tamang petsa (gamitin ang YYYY-MM-DD).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not a real time (use HH:MM).</source>
            <translation>Hindi tamang oras (gamitin ang HH:MM).</translation>
        </message>
        <message>
            <location filename="../app/accounts.py" line="-422" />
            <source>Use at least 8 characters.</source>
            <translation>Gumamit ng hindi bababa sa 8 character.</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Not a usable user name.</source>
            <translation>Hindi magagamit na user name.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Too like the name of another user; choose another.</source>
            <translation>Masyadong kahawig ng pangalan ng ibang user; pumili ng iba.</translation>
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
            <translation>Wala sa listahan ng code.</translation>
        </message>
        <message>
            <location line="-97" />
            <source>This user already exists.</source>
            <translation>Umiiral na ang user na ito.</translation>
        </message>
        <message>
            <location filename="../app/validation.py" line="-3" />
            <source>Not a real date and time (use YYYY-MM-DD HH:MM; in a file, YYYY-MM-DDTHH:MM).</source>
            <translation>Hindi tunay na petsa at oras (gamitin ang YYYY-MM-DD HH:MM; sa file, YYYY-MM-DDTHH:MM).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Lies in the future.</source>
            <translation>Nasa hinaharap.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time back is before time out.</source>
            <translation>Mas maaga ang oras ng balik kaysa sa oras ng alis.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up date is before the event.</source>
            <translation>Mas maaga ang petsa ng follow-up kaysa sa pangyayari.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a name in native script or in Latin letters.</source>
            <translation>Maglagay ng pangalan sa katutubong sulat o sa Latin na titik.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use katakana only.</source>
            <translation>Katakana lamang ang gamitin.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A residence card number is 2 letters, 8 digits and 2 letters (AB12345678CD).</source>
            <translation>Ang numero ng residence card ay 2 titik, 8 numero at 2 titik (AB12345678CD).</translation>
        </message>
        <message>
            <location filename="../app/kinds.py" line="-225" />
            <source>Choose at least one topic.</source>
            <translation>Pumili ng kahit isang paksa.</translation>
        </message>
        <message>
            <location filename="../app/validation.py" line="+4" />
            <source>Choose a resident, or the nationality for an anonymous record.</source>
            <translation>Pumili ng residente, o ng nasyonalidad para sa anonymous na rekord.</translation>
        </message>
        <message>
            <location line="+169" />
            <source>Choose the nationality of each row of unregistered attendees.</source>
            <translation>Piliin ang nasyonalidad ng bawat hilera ng mga hindi rehistradong dumalo.</translation>
        </message>
        <message>
            <location filename="../app/reports/config.py" line="-22" />
            <location line="+2" />
            <location line="+4" />
            <location filename="../app/validation.py" line="-167" />
            <source>Out of range.</source>
            <translation>Wala sa saklaw.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>More foreign residents than residents.</source>
            <translation>Mas marami ang dayuhang residente kaysa sa populasyon ng bayan.</translation>
        </message>
        <message>
            <location filename="../app/validation.py" line="+1" />
            <source>Not an email address.</source>
            <translation>Hindi email address.</translation>
        </message>
        <message>
            <location filename="../app/consultations.py" line="-55" />
            <source>That resident no longer exists.</source>
            <translation>Wala na ang rekord ng residenteng iyan.</translation>
        </message>
        <message>
            <location filename="../app/exchange_check.py" line="-20" />
            <source>must be a list of codes.</source>
            <translation>dapat ay listahan ng mga code.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>counts must be whole numbers.</source>
            <translation>dapat ay buong numero ang mga bilang.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>each contact needs exactly 'app' and 'handle'.</source>
            <translation>kailangan ng bawat contact ang eksaktong 'app' at 'handle'.</translation>
        </message>
        <message>
            <location filename="../app/handover.py" line="-453" />
            <source>At most 20,000 characters.</source>
            <translation>Hanggang 20,000 character lamang.</translation>
        </message>
        <message>
            <location filename="../app/residents.py" line="-33" />
            <source>A resident cannot be linked to themselves.</source>
            <translation>Hindi puwedeng i-link ang residente sa kanyang sarili.</translation>
        </message>
        <message>
            <location filename="../app/reports/municipality.py" line="+10" />
            <source>A municipality code has six digits.</source>
            <translation>Anim na digit ang code ng munisipyo.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The last digit of this municipality code does not match the others.</source>
            <translation>Hindi tugma ang huling digit ng code na ito sa iba.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A municipality code starts with a prefecture number from 01 to 47.</source>
            <translation>Nagsisimula ang code ng munisipyo sa numero ng prefecture mula 01 hanggang 47.</translation>
        </message>
    </context>
</TS>
