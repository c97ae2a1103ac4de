<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil_PH">
    <context>
        <name>AccompanimentForm</name>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+30" />
            <source>Accompaniment</source>
            <translation>Pagsama</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment #%1</source>
            <translation>Pagsama #%1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Date</source>
            <translation>Petsa</translation>
        </message>
        <message>
            <location line="+2" />
            <source>When you left the office</source>
            <translation>Oras ng pag-alis mo sa opisina</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time out</source>
            <translation>Oras ng alis</translation>
        </message>
        <message>
            <location line="+2" />
            <source>When you were back at the office</source>
            <translation>Oras ng pagbalik mo sa opisina</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time back</source>
            <translation>Oras ng balik</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Resident</source>
            <translation>Residente</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Destination</source>
            <translation>Pupuntahan</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Organisation</source>
            <translation>Organisasyon</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Facility, counter or department</source>
            <translation>Pasilidad, counter o departamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facility</source>
            <translation>Pasilidad</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Purpose</source>
            <translation>Layunin</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Outcome</source>
            <translation>Kinalabasan</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sensitive personal information (要配慮個人情報): diagnoses, symptoms and treatment. Write only what the follow-up needs, and only with the resident's consent.</source>
            <translation>Sensitibong personal na impormasyon (要配慮個人情報): diyagnosis, sintomas at gamutan. Isulat lamang ang kailangan para sa follow-up, at kung may pahintulot lamang ng residente.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Health details (sensitive)</source>
            <translation>Detalye ng kalusugan (sensitibo)</translation>
        </message>
        <message>
            <location line="+9" />
            <source> km</source>
            <translation> km</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Distance (round trip)</source>
            <translation>Layo (balikan)</translation>
        </message>
        <message>
            <location line="+5" />
            <source> yen</source>
            <translation> yen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Transport cost</source>
            <translation>Gastos sa pamasahe</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Follow-up date</source>
            <translation>Petsa ng follow-up</translation>
        </message>
    </context>
    <context>
        <name>AccompanimentsPage</name>
        <message>
            <location filename="../ui/pages/lists.py" line="+56" />
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
            <source>Record ID (uuid)</source>
            <translation>Record ID (uuid)</translation>
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
            <location line="+17" />
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
            <location line="+30" />
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
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n hilera</numerusform>
                <numerusform>%n na hilera</numerusform>
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
    </context>
    <context>
        <name>BackupBox</name>
        <message>
            <location filename="../ui/pages/backup_box.py" line="+28" />
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
            <location line="+8" />
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
            <location line="+5" />
            <source>Name</source>
            <translation>Pangalan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Languages</source>
            <translation>Mga wika</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Phone</source>
            <translation>Telepono</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <location line="+7" />
            <source>SNS contacts</source>
            <translation>Mga SNS contact</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Where they can help, e.g. a district</source>
            <translation>Kung saan siya makakatulong, hal. isang distrito</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Area</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Notes</source>
            <translation>Mga tala</translation>
        </message>
        <message>
            <location line="+5" />
            <source>ID or phone number</source>
            <translation>ID o numero ng telepono</translation>
        </message>
    </context>
    <context>
        <name>BridgePersonsList</name>
        <message>
            <location filename="../ui/pages/lists.py" line="+41" />
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
        <name>CodeItemDialog</name>
        <message>
            <location filename="../ui/pages/settings.py" line="+51" />
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
            <location filename="../ui/labels.py" line="+44" />
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
            <location line="+14" />
            <source>Date and time</source>
            <translation>Petsa at oras</translation>
        </message>
        <message>
            <location line="+4" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time spent</source>
            <translation>Oras na ginugol</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Anonymous</source>
            <translation>Anonymous</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Resident</source>
            <translation>Residente</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nationality (anonymous)</source>
            <translation>Nasyonalidad (anonymous)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Language used</source>
            <translation>Wikang ginamit</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Channel</source>
            <translation>Paraan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>SNS app</source>
            <translation>SNS app</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Interpreter</source>
            <translation>Interpreter</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Topics</source>
            <translation>Mga paksa</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What was asked</source>
            <translation>Ano ang itinanong</translation>
        </message>
        <message>
            <location line="+4" />
            <source>What was done</source>
            <translation>Ano ang ginawa</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Referred to</source>
            <translation>Ini-refer sa</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Follow-up date</source>
            <translation>Petsa ng follow-up</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Suggested answers</source>
            <translation>Mga mungkahing sagot</translation>
        </message>
    </context>
    <context>
        <name>ConsultationsPage</name>
        <message>
            <location filename="../ui/pages/lists.py" line="-70" />
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
            <location filename="../ui/session.py" line="+79" />
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
            <location filename="../ui/pages/data_transfer.py" line="+28" />
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
            <location line="+15" />
            <source>Exporting…</source>
            <translation>Ine-export…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Exported to %1: %2</source>
            <translation>Na-export sa %1: %2</translation>
        </message>
        <message>
            <location line="+18" />
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
            <location filename="../ui/widgets.py" line="+98" />
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Pick a date</source>
            <translation>Pumili ng petsa</translation>
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message>
            <location filename="../ui/pages/lists.py" line="+74" />
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
        <name>DueTable</name>
        <message>
            <location filename="../ui/pages/today.py" line="+26" />
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
        <name>FirstRunWizard</name>
        <message>
            <location filename="../ui/first_run.py" line="+73" />
            <source>Madoguchi — first start</source>
            <translation>Madoguchi — unang pagbukas</translation>
        </message>
        <message>
            <location line="+15" />
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
            <location line="+33" />
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
            <location line="+2" />
            <source>Text (*.txt)</source>
            <translation>Text (*.txt)</translation>
        </message>
        <message>
            <location line="+10" />
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
        <name>Job</name>
        <message>
            <location filename="../ui/jobs.py" line="+53" />
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
            <location filename="../ui/labels.py" line="-42" />
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
            <location line="+6" />
            <source>Topic</source>
            <translation>Paksa</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Add language…</source>
            <translation>Magdagdag ng wika…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Question and answer</source>
            <translation>Tanong at sagot</translation>
        </message>
        <message>
            <location line="+4" />
            <source>For example: 在留カード, マイナンバーカード</source>
            <translation>Halimbawa: 在留カード, マイナンバーカード</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Documents to bring</source>
            <translation>Mga dokumentong dadalhin</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Organisations that help</source>
            <translation>Mga organisasyong tumutulong</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Last reviewed</source>
            <translation>Huling nirepaso</translation>
        </message>
    </context>
    <context>
        <name>KnowledgePage</name>
        <message>
            <location filename="../ui/pages/knowledge.py" line="+52" />
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
            <location line="+8" />
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
            <location line="+57" />
            <source>Due</source>
            <translation>Dapat repasuhin</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not reviewed for a year: check the answer is still right</source>
            <translation>Hindi narepaso nang isang taon: tiyaking tama pa rin ang sagot</translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>%n entries</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n na entry</numerusform>
            </translation>
        </message>
        <message>
            <location line="+40" />
            <source>No entry chosen</source>
            <translation>Walang napiling entry</translation>
        </message>
        <message>
            <location line="+27" />
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
            <location line="+15" />
            <source>Copied</source>
            <translation>Nakopya</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Marked as reviewed today</source>
            <translation>Minarkahang nirepaso ngayong araw</translation>
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
            <location filename="../ui/pages/list_page.py" line="+54" />
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
            <location line="+61" />
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n rekord</numerusform>
                <numerusform>%n na rekord</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../ui/login.py" line="+167" />
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
            <location line="+5" />
            <source>Demo town: user %1 or %2, password %3</source>
            <translation>Demo na bayan: user %1 o %2, password %3</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Language</source>
            <translation>Wika</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>Password</translation>
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
            <location line="+17" />
            <source>Enter your user name and password.</source>
            <translation>Ilagay ang iyong user name at password.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The backup was restored. Log in again.</source>
            <translation>Na-restore ang backup. Mag-log in muli.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../ui/main_window.py" line="+36" />
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
            <location line="+11" />
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
            <location line="+97" />
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
            <location filename="../ui/pages/report_settings.py" line="+50" />
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
            <location line="+5" />
            <source>Name</source>
            <translation>Pangalan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kind</source>
            <translation>Uri</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Phone</source>
            <translation>Telepono</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Languages spoken</source>
            <translation>Mga wikang ginagamit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An interpreter can be arranged</source>
            <translation>Puwedeng mag-ayos ng interpreter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interpreter</source>
            <translation>Interpreter</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Notes</source>
            <translation>Mga tala</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsList</name>
        <message>
            <location filename="../ui/pages/lists.py" line="-32" />
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
            <location filename="../ui/pages/send_dialog.py" line="+34" />
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
            <location filename="../ui/pages/users.py" line="+78" />
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
            <location filename="../ui/forms/base.py" line="+58" />
            <source>Delete…</source>
            <translation>Burahin…</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Please correct the fields marked in red.</source>
            <translation>Pakiwasto ang mga field na may pulang marka.</translation>
        </message>
        <message>
            <location line="+27" />
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
            <location filename="../ui/login.py" line="+49" />
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
            <location line="+36" />
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
            <location line="+9" />
            <source>Special allocation tax measures…</source>
            <translation>Mga hakbang sa special allocation tax…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Hide counts below</source>
            <translation>Itago ang bilang na mas mababa sa</translation>
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
            <location line="+4" />
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
            <location line="+37" />
            <source>Saved.</source>
            <translation>Na-save.</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../ui/pages/reports.py" line="+48" />
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
            <source>Email draft for the prefecture…</source>
            <translation>Draft ng email para sa prefecture…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send to the prefecture…</source>
            <translation>Ipadala sa prefecture…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Save the report in</source>
            <translation>I-save ang ulat sa</translation>
        </message>
        <message>
            <location line="+93" />
            <source>Making the report…</source>
            <translation>Ginagawa ang ulat…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Saved:</source>
            <translation>Na-save:</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Making the email draft…</source>
            <translation>Ginagawa ang draft ng email…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saved. Open the .eml file to check and send it from your mail program:</source>
            <translation>Na-save. Buksan ang .eml file para suriin ito at ipadala mula sa iyong mail program:</translation>
        </message>
    </context>
    <context>
        <name>ResidentForm</name>
        <message>
            <location filename="../ui/forms/resident.py" line="+32" />
            <source>Resident</source>
            <translation>Residente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident #%1</source>
            <translation>Residente #%1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Family name (native script)</source>
            <translation>Apelyido (katutubong sulat)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Given name (native script)</source>
            <translation>Pangalan (katutubong sulat)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Family name (Latin letters)</source>
            <translation>Apelyido (Latin na titik)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Given name (Latin letters)</source>
            <translation>Pangalan (Latin na titik)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reading (katakana)</source>
            <translation>Basa (katakana)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nationality</source>
            <translation>Nasyonalidad</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Languages</source>
            <translation>Mga wika</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Residence status</source>
            <translation>Status ng paninirahan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Employer or host organisation</source>
            <translation>Employer o host na organisasyon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>District</source>
            <translation>Distrito</translation>
        </message>
        <message>
            <location line="+9" />
            <source>ID or phone number</source>
            <translation>ID o numero ng telepono</translation>
        </message>
        <message>
            <location line="+4" />
            <source>SNS contacts</source>
            <translation>Mga SNS contact</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Arrival date</source>
            <translation>Petsa ng pagdating</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Consent to keep a record: date</source>
            <translation>Pahintulot na magtala: petsa</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Consent: how</source>
            <translation>Pahintulot: paano</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Notes</source>
            <translation>Mga tala</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Link</source>
            <translation>I-link</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unlink</source>
            <translation>Alisin ang link</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Household</source>
            <translation>Sambahayan</translation>
        </message>
    </context>
    <context>
        <name>ResidentPicker</name>
        <message>
            <location filename="../ui/resident_picker.py" line="+23" />
            <source>Type a name in any script…</source>
            <translation>Mag-type ng pangalan sa anumang sulat…</translation>
        </message>
    </context>
    <context>
        <name>ResidentView</name>
        <message>
            <location filename="../ui/resident_view.py" line="+46" />
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <location line="+3" />
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
            <location line="+21" />
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
            <location line="+2" />
            <source>Household</source>
            <translation>Sambahayan</translation>
        </message>
    </context>
    <context>
        <name>ResidentsPage</name>
        <message>
            <location filename="../ui/pages/lists.py" line="-74" />
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
            <location filename="../ui/pages/retention_box.py" line="+25" />
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
            <location line="+17" />
            <source>%1 residents anonymised.</source>
            <translation>%1 residente ang ginawang anonymous.</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <location filename="../ui/pages/users.py" line="-70" />
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
        <name>SearchResultsPage</name>
        <message>
            <location filename="../ui/pages/search_results.py" line="+31" />
            <source>Kind</source>
            <translation>Uri</translation>
        </message>
        <message>
            <location line="+0" />
            <source>When</source>
            <translation>Kailan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>Pangalan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Detail</source>
            <translation>Detalye</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1 result(s) for “%2”</source>
            <translation>%1 resulta para sa “%2”</translation>
        </message>
    </context>
    <context>
        <name>SessionForm</name>
        <message>
            <location filename="../ui/forms/session.py" line="+37" />
            <source>Session</source>
            <translation>Sesyon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session #%1</source>
            <translation>Sesyon #%1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Date</source>
            <translation>Petsa</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start time</source>
            <translation>Oras ng simula</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kind</source>
            <translation>Uri</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title</source>
            <translation>Pamagat</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Topics</source>
            <translation>Mga paksa</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Languages</source>
            <translation>Mga wika</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Venue</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Held online</source>
            <translation>Ginanap online</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Facilitator</source>
            <translation>Facilitator</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Notes</source>
            <translation>Mga tala</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Add</source>
            <translation>Idagdag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>Alisin</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Registered attendees</source>
            <translation>Mga rehistradong dumalo</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Nationality</source>
            <translation>Nasyonalidad</translation>
        </message>
        <message>
            <location line="+0" />
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
            <location line="+8" />
            <source>Unregistered attendees</source>
            <translation>Mga hindi rehistradong dumalo</translation>
        </message>
        <message>
            <location line="+4" />
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
            <location filename="../ui/pages/lists.py" line="+47" />
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
            <location line="+121" />
            <source>Save</source>
            <translation>I-save</translation>
        </message>
        <message>
            <location line="-114" />
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
            <location line="+7" />
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
            <source>Offered</source>
            <translation>Ipinapakita</translation>
        </message>
        <message>
            <location line="+14" />
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
            <location line="+77" />
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
        <name>Startup</name>
        <message>
            <location filename="../ui/startup.py" line="+29" />
            <source>The database was damaged and has been moved aside to %1. No verified backup was found; please call your IT staff.</source>
            <translation>Nasira ang database at inilipat ito sa %1. Walang nakitang beripikadong backup; pakitawagan ang inyong IT staff.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The database was damaged and has been moved aside to %1. Restore the newest verified backup, %2?</source>
            <translation>Nasira ang database at inilipat ito sa %1. I-restore ang pinakabagong beripikadong backup, %2?</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="../ui/labels.py" line="-11" />
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
            <location line="+6" />
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
            <location line="+19" />
            <source>Copied</source>
            <translation>Nakopya</translation>
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
            <translation>Ngayon, %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Follow-ups overdue (%1)</source>
            <translation>Mga lampas na follow-up (%1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-ups due today (%1)</source>
            <translation>Mga follow-up ngayong araw (%1)</translation>
        </message>
        <message>
            <location line="+2" />
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
            <location filename="../ui/pages/town_notes.py" line="+37" />
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
            <location line="+29" />
            <source>Saved.</source>
            <translation>Na-save.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Making the handover pack…</source>
            <translation>Ginagawa ang turnover pack…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved:</source>
            <translation>Na-save:</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <location filename="../ui/pages/users.py" line="+95" />
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
        <name>page</name>
        <message>
            <location filename="../ui/pages/send_dialog.py" line="+31" />
            <source>Set the prefecture's address and the mail server in Settings first.</source>
            <translation>Itakda muna sa Mga setting ang email address ng prefecture at ang mail server.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Send to the prefecture</source>
            <translation>Ipadala sa prefecture</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send the %1 report (PDF and Excel) to %2?</source>
            <translation>Ipadala ang ulat para sa %1 (PDF at Excel) sa %2?</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Sending…</source>
            <translation>Ipinapadala…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sent to %1.</source>
            <translation>Naipadala sa %1.</translation>
        </message>
    </context>
    <context>
        <name>run_window</name>
        <message>
            <location filename="../ui/main.py" line="+43" />
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
    </context>
    <context>
        <name>validation</name>
        <message>
            <location filename="../app/validation.py" line="+18" />
            <source>Required.</source>
            <translation>Kailangan.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not a real date (use YYYY-MM-DD).</source>
            <translation>Hindi tamang petsa (gamitin ang YYYY-MM-DD).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not a real time (use HH:MM).</source>
            <translation>Hindi tamang oras (gamitin ang HH:MM).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not a real date and time (use YYYY-MM-DD HH:MM).</source>
            <translation>Hindi tamang petsa at oras (gamitin ang YYYY-MM-DD HH:MM).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not in the code list.</source>
            <translation>Wala sa listahan ng code.</translation>
        </message>
        <message>
            <location line="+1" />
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
            <source>Choose at least one topic.</source>
            <translation>Pumili ng kahit isang paksa.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a resident, or the nationality for an anonymous record.</source>
            <translation>Pumili ng residente, o ng nasyonalidad para sa anonymous na rekord.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Out of range.</source>
            <translation>Wala sa saklaw.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not an email address.</source>
            <translation>Hindi email address.</translation>
        </message>
    </context>
</TS>
