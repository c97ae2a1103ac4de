<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ne_NP">
    <context>
        <name>AccompanimentForm</name>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+29" />
            <source>Accompaniment</source>
            <translation>सँगै जाने सहयोग</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment #%1</source>
            <translation>सँगै जाने सहयोग #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+10" />
            <location filename="../ui/forms/accompaniment.py" line="+6" />
            <source>Date</source>
            <translation>मिति</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>When you left the office</source>
            <translation>तपाईं कार्यालयबाट निस्किएको समय</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Time out</source>
            <translation>प्रस्थान समय</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>When you were back at the office</source>
            <translation>तपाईं कार्यालय फर्किएको समय</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Time back</source>
            <translation>फिर्ता समय</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Resident</source>
            <translation>बासिन्दा</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Destination</source>
            <translation>गन्तव्य</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Organisation</source>
            <translation>संस्था</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+6" />
            <source>Facility or counter</source>
            <translation>सुविधा वा काउन्टर</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Facility</source>
            <translation>सुविधा</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>e.g. 内科, 住民課</source>
            <translation>जस्तै 内科, 住民課</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Department</source>
            <translation>विभाग</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Who went with the resident</source>
            <translation>बासिन्दासँग को गयो</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Accompanied by</source>
            <translation>साथमा जाने</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Interpreter</source>
            <translation>दोभाषे</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Purpose</source>
            <translation>उद्देश्य</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+3" />
            <source>Outcome</source>
            <translation>नतिजा</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+4" />
            <source>Sensitive personal information (要配慮個人情報): diagnoses, symptoms and treatment. Write only what the follow-up needs, and only with the resident's consent.</source>
            <translation>संवेदनशील व्यक्तिगत जानकारी (要配慮個人情報): रोगनिदान, लक्षण र उपचार। फलो-अपका लागि चाहिने कुरा मात्र, र बासिन्दाको सहमति भएमा मात्र लेख्नुहोस्।</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+3" />
            <source>Health details (sensitive)</source>
            <translation>स्वास्थ्य विवरण (संवेदनशील)</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+9" />
            <source> km</source>
            <translation> कि.मि.</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Distance (round trip)</source>
            <translation>दूरी (आउजाउ)</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+5" />
            <source> yen</source>
            <translation> येन</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Transport cost</source>
            <translation>यातायात खर्च</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Follow-up date</source>
            <translation>फलो-अप मिति</translation>
        </message>
    </context>
    <context>
        <name>AccompanimentsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+39" />
            <source>Date</source>
            <translation>मिति</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Out</source>
            <translation>प्रस्थान</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back</source>
            <translation>फिर्ता</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>बासिन्दा</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name (Latin)</source>
            <translation>नाम (ल्याटिन)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Destination</source>
            <translation>गन्तव्य</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facility</source>
            <translation>सुविधा</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department</source>
            <translation>विभाग</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Transport (yen)</source>
            <translation>यातायात (येन)</translation>
        </message>
    </context>
    <context>
        <name>AuditAction</name>
        <message>
            <location filename="../ui/pages/audit.py" line="+29" />
            <source>Created</source>
            <translation>सिर्जना गरियो</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changed</source>
            <translation>परिवर्तन गरियो</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deleted</source>
            <translation>मेटाइयो</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Viewed</source>
            <translation>हेरियो</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exported</source>
            <translation>निर्यात गरियो</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Imported</source>
            <translation>आयात गरियो</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Report made</source>
            <translation>प्रतिवेदन बनाइयो</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Printed</source>
            <translation>छापियो</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backup</source>
            <translation>ब्याकअप</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore</source>
            <translation>पुनर्स्थापना</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Logged in</source>
            <translation>लग इन भयो</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Logged out</source>
            <translation>लग आउट भयो</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Failed login</source>
            <translation>लग इन असफल</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locked out</source>
            <translation>पहुँच रोकियो</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unlocked</source>
            <translation>अनलक गरियो</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymised</source>
            <translation>गुमनाम बनाइयो</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Values removed</source>
            <translation>मानहरू हटाइए</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <location line="+2" />
            <source>User account</source>
            <translation>प्रयोगकर्ता खाता</translation>
        </message>
        <message>
            <location line="+18" />
            <location line="+24" />
            <source>User</source>
            <translation>प्रयोगकर्ता</translation>
        </message>
        <message>
            <location line="-21" />
            <source>From</source>
            <translation>सुरु</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to</source>
            <translation>अन्त्य</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Record ID (uuid; in a record's tooltip)</source>
            <translation>अभिलेख ID (uuid; अभिलेखको टुलटिपमा)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show</source>
            <translation>देखाउनुहोस्</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Time</source>
            <translation>समय</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Action</source>
            <translation>कार्य</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>प्रकार</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record</source>
            <translation>रेकर्ड</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Changes</source>
            <translation>परिवर्तनहरू</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Verify chain</source>
            <translation>शृङ्खला जाँच्नुहोस्</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Check that no audit row was altered or removed since it was written</source>
            <translation>लेखिएपछि कुनै पनि अडिट पङ्क्ति परिवर्तन वा हटाइएको छैन भनी जाँच्नुहोस्</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Any user</source>
            <translation>सबै प्रयोगकर्ता</translation>
        </message>
        <message>
            <location line="+35" />
            <source>(values removed when the record was purged)</source>
            <translation>(रेकर्ड स्थायी रूपमा मेटाउँदा मानहरू हटाइएका)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The newest %1 rows; narrow the filter to see older ones.</source>
            <translation>पछिल्ला %1 पङ्क्तिहरू; पुराना हेर्न फिल्टर साँघुरो पार्नुहोस्।</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln पङ्क्ति</numerusform>
                <numerusform>%Ln पङ्क्तिहरू</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>The audit trail is intact (%1 rows).</source>
            <translation>अडिट ट्रेल अक्षुण्ण छ (%1 पङ्क्तिहरू)।</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Audit row %1 was altered or removed.</source>
            <translation>अडिट पङ्क्ति %1 परिवर्तन वा हटाइएको छ।</translation>
        </message>
        <message>
            <location filename="../ui/audit_text.py" line="+44" />
            <source>(deleted) %1</source>
            <translation>(मेटाइएको) %1</translation>
        </message>
    </context>
    <context>
        <name>BackupBox</name>
        <message>
            <location filename="../ui/pages/backup_box.py" line="+29" />
            <source>Backups</source>
            <translation>ब्याकअपहरू</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Change folder…</source>
            <translation>फोल्डर परिवर्तन…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Back up now</source>
            <translation>अहिले ब्याकअप गर्नुहोस्</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Restore from a backup…</source>
            <translation>ब्याकअपबाट पुनर्स्थापना…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Folder</source>
            <translation>फोल्डर</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A verified, encrypted backup is made at the first start of each day and before every import, restore and purge; 7 daily, 4 weekly and 12 monthly are kept.</source>
            <translation>हरेक दिनको पहिलो सुरुआतमा र हरेक आयात, पुनर्स्थापना र स्थायी मेटाइ (purge) अघि प्रमाणित, इन्क्रिप्ट गरिएको ब्याकअप बनाइन्छ; 7 दैनिक, 4 साप्ताहिक र 12 मासिक ब्याकअप राखिन्छन्।</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Folder for backups</source>
            <translation>ब्याकअपका लागि फोल्डर</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Saved.</source>
            <translation>सुरक्षित गरियो।</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Restore from a backup</source>
            <translation>ब्याकअपबाट पुनर्स्थापना</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Restore</source>
            <translation>पुनर्स्थापना</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore %1? The current database is kept aside, never deleted, and the window opens again on the restored records.</source>
            <translation>%1 पुनर्स्थापना गर्ने? हालको डाटाबेस छुट्टै राखिन्छ, कहिल्यै मेटाइँदैन, र पुनर्स्थापित रेकर्डहरूसहित विन्डो फेरि खुल्छ।</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Backed up to %1</source>
            <translation>%1 मा ब्याकअप गरियो</translation>
        </message>
    </context>
    <context>
        <name>BridgePersonForm</name>
        <message>
            <location filename="../ui/forms/directory.py" line="+79" />
            <source>Bridge person</source>
            <translation>ब्रिज व्यक्ति</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge person #%1</source>
            <translation>ब्रिज व्यक्ति #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+78" />
            <location filename="../ui/forms/directory.py" line="+5" />
            <source>Name</source>
            <translation>नाम</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Languages</source>
            <translation>भाषाहरू</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Phone</source>
            <translation>फोन</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Email</source>
            <translation>इमेल</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+7" />
            <source>SNS contacts</source>
            <translation>SNS सम्पर्क</translation>
        </message>
        <message>
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Where they can help, e.g. a district</source>
            <translation>उहाँले सहयोग गर्न सक्ने ठाउँ, जस्तै कुनै क्षेत्र</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/directory.py" line="+1" />
            <source>Area</source>
            <translation>इलाका</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+3" />
            <source>Notes</source>
            <translation>टिप्पणी</translation>
        </message>
        <message>
            <location filename="../ui/forms/directory.py" line="+5" />
            <source>ID or phone number</source>
            <translation>ID वा फोन नम्बर</translation>
        </message>
    </context>
    <context>
        <name>BridgePersonsList</name>
        <message>
            <location filename="../ui/list_headers.py" line="-33" />
            <source>Name</source>
            <translation>नाम</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Languages</source>
            <translation>भाषाहरू</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>फोन</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Area</source>
            <translation>इलाका</translation>
        </message>
    </context>
    <context>
        <name>CardTable</name>
        <message>
            <location filename="../ui/pages/today.py" line="+59" />
            <source>Period of stay ends</source>
            <translation>बसाइ अवधि समाप्त</translation>
        </message>
        <message>
            <location line="+0" />
            <source>In</source>
            <translation>बाँकी</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>बासिन्दा</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Residence status</source>
            <translation>बसाइ स्थिति</translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>%Ln day(s)</source>
            <translation>
                <numerusform>%Ln दिन</numerusform>
                <numerusform>%Ln दिन</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>ended %Ln day(s) ago</source>
            <translation>
                <numerusform>%Ln दिन अघि सकियो</numerusform>
                <numerusform>%Ln दिन अघि सकियो</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CategoriesDialog</name>
        <message>
            <location filename="../ui/pages/categories_dialog.py" line="+32" />
            <source>Other bodies' categories</source>
            <translation>अन्य निकायका वर्गहरू</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Topics counted in this category</source>
            <translation>यस वर्गमा गनिने विषयहरू</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Back to the shipped example</source>
            <translation>साथमा आएको उदाहरणमा फर्कनुहोस्</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Topics in no category (counted as unmapped): %1</source>
            <translation>कुनै वर्गमा नपरेका विषयहरू (अवर्गीकृतका रूपमा गनिन्छ): %1</translation>
        </message>
    </context>
    <context>
        <name>CodeItemDialog</name>
        <message>
            <location filename="../ui/pages/settings.py" line="+54" />
            <location line="+13" />
            <source>Code</source>
            <translation>कोड</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Offered in forms</source>
            <translation>फारममा देखाउने</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Japanese label</source>
            <translation>जापानी लेबल</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English label</source>
            <translation>अङ्ग्रेजी लेबल</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Order</source>
            <translation>क्रम</translation>
        </message>
    </context>
    <context>
        <name>CodeList</name>
        <message>
            <location filename="../ui/labels.py" line="+73" />
            <source>Consultation topics</source>
            <translation>परामर्शका विषयहरू</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channels</source>
            <translation>माध्यमहरू</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SNS apps</source>
            <translation>SNS एपहरू</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment destinations</source>
            <translation>सँगै जाने सहयोगका गन्तव्यहरू</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session kinds</source>
            <translation>सत्रका प्रकारहरू</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session topics</source>
            <translation>सत्रका विषयहरू</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residence statuses</source>
            <translation>निवास स्थितिहरू</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationalities</source>
            <translation>राष्ट्रियताहरू</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Languages</source>
            <translation>भाषाहरू</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation kinds</source>
            <translation>संस्थाका प्रकारहरू</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent methods</source>
            <translation>सहमतिका तरिकाहरू</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Household relations</source>
            <translation>पारिवारिक सम्बन्धहरू</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interpreters</source>
            <translation>दोभाषेहरू</translation>
        </message>
    </context>
    <context>
        <name>ColumnsPage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="+170" />
            <source>Header row and columns</source>
            <translation>हेडर पङ्क्ति र स्तम्भहरू</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Each column's field is guessed from its header name; change it where the guess is wrong. Columns Madoguchi does not know are kept in the notes.</source>
            <translation>हरेक स्तम्भको फिल्ड त्यसको हेडर नामबाट अनुमान गरिएको छ; अनुमान गलत भए परिवर्तन गर्नुहोस्। Madoguchi ले नचिनेका स्तम्भहरू टिप्पणीमा राखिन्छन्।</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sheet</source>
            <translation>सिट</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Header row</source>
            <translation>हेडर पङ्क्ति</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Column</source>
            <translation>स्तम्भ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Example</source>
            <translation>उदाहरण</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Field</source>
            <translation>फिल्ड</translation>
        </message>
    </context>
    <context>
        <name>ConflictsPage</name>
        <message>
            <location filename="../ui/pages/conflicts.py" line="+55" />
            <source>Record</source>
            <translation>अभिलेख</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Found</source>
            <translation>भेटिएको</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What differs</source>
            <translation>के फरक छ</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Field</source>
            <translation>क्षेत्र</translation>
        </message>
        <message>
            <location line="+0" />
            <source>This device</source>
            <translation>यो उपकरण</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other device</source>
            <translation>अर्को उपकरण</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Keep</source>
            <translation>राख्नुहोस्</translation>
        </message>
        <message>
            <location line="+5" />
            <source>All mine</source>
            <translation>सबै मेरो</translation>
        </message>
        <message>
            <location line="+2" />
            <source>All theirs</source>
            <translation>सबै उनीहरूको</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+120" />
            <source>Resolve</source>
            <translation>समाधान गर्नुहोस्</translation>
        </message>
        <message>
            <location line="-102" />
            <source>%1 open conflicts. A record changed on two devices since they last synced is kept as it is on each until you choose, field by field, which value to keep.</source>
            <translation>%1 खुला द्वन्द्व। अघिल्लो सिङ्कपछि दुई उपकरणमा बदलिएको अभिलेख, कुन मान राख्ने भनी तपाईंले क्षेत्रैपिच्छे नछानेसम्म प्रत्येकमा जस्ताको तस्तै रहन्छ।</translation>
        </message>
        <message>
            <location line="+6" />
            <source>deleted on this device</source>
            <translation>यो उपकरणमा मेटाइएको</translation>
        </message>
        <message>
            <location line="+1" />
            <source>deleted on the other device</source>
            <translation>अर्को उपकरणमा मेटाइएको</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Resident</source>
            <translation>बासिन्दा</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Consultation</source>
            <translation>परामर्श</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment</source>
            <translation>साथ दिने सहयोग</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Session</source>
            <translation>सत्र</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation</source>
            <translation>संस्था</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge person</source>
            <translation>सम्पर्क व्यक्ति</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge entry</source>
            <translation>ज्ञान प्रविष्टि</translation>
        </message>
        <message>
            <location line="+14" />
            <source>No conflict chosen.</source>
            <translation>कुनै द्वन्द्व छानिएको छैन।</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Deleted on one device and changed on the other. Keep the record, or its deletion?</source>
            <translation>एउटा उपकरणमा मेटाइयो र अर्कोमा बदलियो। अभिलेख राख्ने कि मेटाइएको कायम राख्ने?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose the value to keep for each field.</source>
            <translation>प्रत्येक क्षेत्रका लागि राख्ने मान छान्नुहोस्।</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The record</source>
            <translation>अभिलेख</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>deleted</source>
            <translation>मेटाइएको</translation>
        </message>
        <message>
            <location line="-1" />
            <location line="+1" />
            <source>kept</source>
            <translation>राखिएको</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Mine</source>
            <translation>मेरो</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Theirs</source>
            <translation>उनीहरूको</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit</source>
            <translation>सम्पादन</translation>
        </message>
    </context>
    <context>
        <name>ConsultationForm</name>
        <message>
            <location filename="../ui/forms/consultation.py" line="+32" />
            <source>Consultation</source>
            <translation>परामर्श</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultation #%1</source>
            <translation>परामर्श #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="-91" />
            <location filename="../ui/forms/consultation.py" line="+15" />
            <source>Date and time</source>
            <translation>मिति र समय</translation>
        </message>
        <message>
            <location filename="../ui/forms/consultation.py" line="+4" />
            <source> min</source>
            <translation> मिनेट</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/consultation.py" line="+1" />
            <source>Time spent</source>
            <translation>लागेको समय</translation>
        </message>
        <message>
            <location filename="../ui/forms/consultation.py" line="+6" />
            <source>Anonymous</source>
            <translation>गुमनाम</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/consultation.py" line="+3" />
            <source>Resident</source>
            <translation>बासिन्दा</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>Nationality (anonymous)</source>
            <translation>राष्ट्रियता (गुमनाम)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+5" />
            <source>Language used</source>
            <translation>प्रयोग गरिएको भाषा</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>Channel</source>
            <translation>माध्यम</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>SNS app</source>
            <translation>SNS एप</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+3" />
            <source>Interpreter</source>
            <translation>दोभाषे</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>Topics</source>
            <translation>विषयहरू</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+3" />
            <source>What was asked</source>
            <translation>के सोधियो</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+4" />
            <source>What was done</source>
            <translation>के गरियो</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+5" />
            <source>Referred to</source>
            <translation>रेफर गरिएको ठाउँ</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+4" />
            <source>Status</source>
            <translation>स्थिति</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>Follow-up date</source>
            <translation>फलो-अप मिति</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+14" />
            <source>Suggested answers</source>
            <translation>सुझाव गरिएका उत्तरहरू</translation>
        </message>
    </context>
    <context>
        <name>ConsultationsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+11" />
            <source>Date and time</source>
            <translation>मिति र समय</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>बासिन्दा</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name (Latin)</source>
            <translation>नाम (ल्याटिन)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was asked</source>
            <translation>के सोधियो</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationality</source>
            <translation>राष्ट्रियता</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language</source>
            <translation>भाषा</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channel</source>
            <translation>माध्यम</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Topics</source>
            <translation>विषयहरू</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>स्थिति</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up</source>
            <translation>फलो-अप</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minutes</source>
            <translation>मिनेट</translation>
        </message>
    </context>
    <context>
        <name>Curtain</name>
        <message>
            <location filename="../ui/session.py" line="+87" />
            <source>Locked</source>
            <translation>लक गरिएको</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Madoguchi (locked)</source>
            <translation>Madoguchi (लक गरिएको)</translation>
        </message>
    </context>
    <context>
        <name>DataTransferBox</name>
        <message>
            <location filename="../ui/pages/data_transfer.py" line="+27" />
            <source>All records as a file</source>
            <translation>सबै रेकर्ड एउटै फाइलमा</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Export all records…</source>
            <translation>सबै रेकर्ड निर्यात…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import records…</source>
            <translation>रेकर्ड आयात…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Export all records</source>
            <translation>सबै रेकर्ड निर्यात</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Import records</source>
            <translation>रेकर्ड आयात</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Exporting…</source>
            <translation>निर्यात हुँदैछ…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Exported to %1: %2</source>
            <translation>%1 मा निर्यात गरियो: %2</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Importing…</source>
            <translation>आयात हुँदैछ…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Imported from %1: %2</source>
            <translation>%1 बाट आयात गरियो: %2</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../ui/widgets.py" line="+172" />
            <source>Pick a date</source>
            <translation>मिति छान्नुहोस्</translation>
        </message>
        <message>
            <location line="+44" />
            <source>not a date</source>
            <translation>मिति होइन</translation>
        </message>
    </context>
    <context>
        <name>DevicesBox</name>
        <message>
            <location filename="../ui/pages/devices.py" line="+63" />
            <source>Sync between devices</source>
            <translation>उपकरणहरूबीच सिङ्क</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose folder…</source>
            <translation>फोल्डर छान्नुहोस्…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sync now</source>
            <translation>अहिले सिङ्क गर्नुहोस्</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+60" />
            <source>Sync folder</source>
            <translation>सिङ्क फोल्डर</translation>
        </message>
        <message>
            <location line="-54" />
            <source>Each device writes an encrypted packet of its changes to this folder (a shared folder or a USB stick) and reads the others' packets. It also happens at login and logout when the folder can be reached.</source>
            <translation>प्रत्येक उपकरणले आफ्ना परिवर्तनहरूको इन्क्रिप्ट गरिएको प्याकेट यो फोल्डरमा (साझा फोल्डर वा USB) लेख्छ र अरूका प्याकेट पढ्छ। फोल्डरमा पुग्न सकिँदा लगइन र लगआउट हुँदा पनि यस्तो हुन्छ।</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Devices of this town</source>
            <translation>यस नगरका उपकरणहरू</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Device</source>
            <translation>उपकरण</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>नाम</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last heard from</source>
            <translation>अन्तिम पटक सम्पर्क</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changes not yet confirmed</source>
            <translation>पुष्टि नभएका परिवर्तनहरू</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add device…</source>
            <translation>उपकरण थप्नुहोस्…</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+86" />
            <location line="+20" />
            <location line="+9" />
            <source>Revoke device</source>
            <translation>उपकरण खारेज गर्नुहोस्</translation>
        </message>
        <message>
            <location line="-100" />
            <source>(none chosen)</source>
            <translation>(छानिएको छैन)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>this device</source>
            <translation>यो उपकरण</translation>
        </message>
        <message>
            <location line="+1" />
            <source>revoked</source>
            <translation>खारेज गरिएको</translation>
        </message>
        <message>
            <location line="+1" />
            <source>never</source>
            <translation>कहिल्यै होइन</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Open conflicts: %1</source>
            <translation>खुला द्वन्द्व: %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Sync</source>
            <translation>सिङ्क</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Syncing…</source>
            <translation>सिङ्क हुँदैछ…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Copy of this town for another device</source>
            <translation>अर्को उपकरणका लागि यस नगरको प्रतिलिपि</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Madoguchi database (*.db)</source>
            <translation>Madoguchi डाटाबेस (*.db)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Add device</source>
            <translation>उपकरण थप्नुहोस्</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Device %1 added. Copy both files (%2 and its .keys file) to the other device's data folder.</source>
            <translation>उपकरण %1 थपियो। दुवै फाइल (%2 र यसको .keys फाइल) अर्को उपकरणको डाटा फोल्डरमा प्रतिलिपि गर्नुहोस्।</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Refuse every packet of device %1 from now on, on every device, and give this database a new key? Do this for a lost or retired device.</source>
            <translation>अबदेखि हरेक उपकरणमा उपकरण %1 का सबै प्याकेट अस्वीकार गर्ने र यो डाटाबेसलाई नयाँ साँचो दिने? हराएको वा प्रयोग नहुने उपकरणका लागि यसो गर्नुहोस्।</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Revoking device…</source>
            <translation>उपकरण खारेज गर्दै…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Device %1 is revoked, but this database was not re-keyed: the accounts %2 were made by an older Madoguchi and change at their next login; revoke the device again after that.</source>
            <translation>उपकरण %1 खारेज भयो, तर यो डाटाबेसको साँचो बदलिएन: खाता %2 पुरानो Madoguchi ले बनाएका हुन् र अर्को लगइनमा बदलिन्छन्; त्यसपछि उपकरण फेरि खारेज गर्नुहोस्।</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Device %1 is revoked and this database has a new key: backups made from now on cannot be opened with the lost device's key.</source>
            <translation>उपकरण %1 खारेज भयो र यो डाटाबेसमा नयाँ साँचो छ: अबदेखि बनाइने ब्याकअप हराएको उपकरणको साँचोले खोल्न सकिँदैन।</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No other device was left, so the town has a new sync key: devices added from now on get it; the lost device's packets are refused.</source>
            <translation>अरू कुनै उपकरण बाँकी नभएकाले नगरमा नयाँ सिङ्क साँचो छ: अबदेखि थपिने उपकरणले यो पाउँछन्; हराएको उपकरणका प्याकेट अस्वीकार हुन्छन्।</translation>
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message>
            <location filename="../ui/pages/lists.py" line="+76" />
            <source>Organisations</source>
            <translation>संस्थाहरू</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge persons</source>
            <translation>ब्रिज व्यक्तिहरू</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="+256" />
            <source>Imported</source>
            <translation>आयात सम्पन्न</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The records are in Madoguchi; each keeps the file, sheet and row it came from.</source>
            <translation>रेकर्डहरू Madoguchi मा छन्; हरेक रेकर्डले आफू आएको फाइल, सिट र पङ्क्ति राख्छ।</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Save the import report (CSV)…</source>
            <translation>आयात प्रतिवेदन सुरक्षित गर्नुहोस् (CSV)…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 residents were added and %2 updated; %3 not on the roster are listed in the report to check. A backup was made first.</source>
            <translation>%1 बासिन्दा थपिए र %2 अद्यावधिक गरिए; नामावलीमा नभएका %3 जना जाँचका लागि प्रतिवेदनमा सूचीबद्ध छन्। पहिले ब्याकअप बनाइएको थियो।</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 consultations were imported; %2 residents were added and %3 already known ones were linked. A backup was made first.</source>
            <translation>%1 परामर्श आयात गरिए; %2 बासिन्दा थपिए र पहिले नै रहेका %3 जनासँग जोडियो। पहिले ब्याकअप बनाइएको थियो।</translation>
        </message>
    </context>
    <context>
        <name>DueTable</name>
        <message>
            <location filename="../ui/pages/today.py" line="-41" />
            <source>Follow-up</source>
            <translation>फलो-अप</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Consulted</source>
            <translation>परामर्श मिति</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>बासिन्दा</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>स्थिति</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was asked</source>
            <translation>के सोधियो</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../ui/errors.py" line="+26" />
            <source>Something unexpected went wrong (%1). Your saved records are safe; what happened was written to %2 for your IT staff.</source>
            <translation>अप्रत्याशित समस्या भयो (%1)। तपाईंले सुरक्षित गरेका रेकर्डहरू जोगिएका छन्; के भयो भन्ने विवरण IT कर्मचारीका लागि %2 मा लेखिएको छ।</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="-411" />
            <source>Choose the file and its sheets</source>
            <translation>फाइल र त्यसका सिटहरू छान्नुहोस्</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An Excel workbook (.xlsx, .xls) or a CSV file: an old log of consultations, or the resident roster. Nothing is written until the last step.</source>
            <translation>Excel वर्कबुक (.xlsx, .xls) वा CSV फाइल: परामर्शको पुरानो अभिलेख, वा बासिन्दा नामावली। अन्तिम चरणसम्म केही पनि लेखिँदैन।</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A log of consultations</source>
            <translation>परामर्श अभिलेख</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The resident roster (住民基本台帳 extract)</source>
            <translation>बासिन्दा नामावली (住民基本台帳 बाट निकालिएको)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The file holds:</source>
            <translation>फाइलमा:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Choose file…</source>
            <translation>फाइल छान्नुहोस्…</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+54" />
            <source>Mapping profile: none (guessed from the file)</source>
            <translation>म्यापिङ प्रोफाइल: छैन (फाइलबाट अनुमान गरिएको)</translation>
        </message>
        <message>
            <location line="-52" />
            <source>Load mapping profile…</source>
            <translation>म्यापिङ प्रोफाइल लोड गर्नुहोस्…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sheets to import:</source>
            <translation>आयात गर्ने सिटहरू:</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Reading the file…</source>
            <translation>फाइल पढ्दै…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 (%2 rows)</source>
            <translation>%1 (%2 पङ्क्ति)</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Mapping profile: %1</source>
            <translation>म्यापिङ प्रोफाइल: %1</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <location filename="../ui/first_run.py" line="+86" />
            <source>Madoguchi — first start</source>
            <translation>Madoguchi — पहिलो सुरुआत</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Welcome to Madoguchi</source>
            <translation>Madoguchi मा स्वागत छ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no database here yet. Madoguchi will make a new encrypted database in:</source>
            <translation>यहाँ अहिलेसम्म कुनै डाटाबेस छैन। Madoguchi ले यहाँ नयाँ इन्क्रिप्ट गरिएको डाटाबेस बनाउनेछ:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>First, the town's name and the administrator: the clerk who looks after Madoguchi, adds the other users and keeps the recovery code.</source>
            <translation>पहिले, नगरको नाम र प्रशासक: Madoguchi को हेरचाह गर्ने, अन्य प्रयोगकर्ताहरू थप्ने र रिकभरी कोड राख्ने कर्मचारी।</translation>
        </message>
        <message>
            <location line="+11" />
            <source>At least %1 characters</source>
            <translation>कम्तीमा %1 अक्षर</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Town name (Japanese)</source>
            <translation>नगरको नाम (जापानी)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Administrator's user name</source>
            <translation>प्रशासकको प्रयोगकर्ता नाम</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>पासवर्ड</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password again</source>
            <translation>पासवर्ड फेरि</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cancel</source>
            <translation>रद्द गर्नुहोस्</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Create the database</source>
            <translation>डाटाबेस बनाउनुहोस्</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Please enter the town's name.</source>
            <translation>कृपया नगरको नाम लेख्नुहोस्।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Please enter a user name for the administrator.</source>
            <translation>कृपया प्रशासकका लागि प्रयोगकर्ता नाम लेख्नुहोस्।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Use at least %1 characters for the password.</source>
            <translation>पासवर्डमा कम्तीमा %1 अक्षर प्रयोग गर्नुहोस्।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The two passwords are not the same.</source>
            <translation>दुवै पासवर्ड एउटै छैनन्।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The folder %1 does not exist.</source>
            <translation>फोल्डर %1 अवस्थित छैन।</translation>
        </message>
        <message>
            <location line="+35" />
            <source>The recovery code</source>
            <translation>रिकभरी कोड</translation>
        </message>
        <message>
            <location line="+2" />
            <source>If every administrator password is lost, only this code opens the database. It is shown now and never again, and Madoguchi does not keep it.</source>
            <translation>सबै प्रशासकका पासवर्ड हराएमा, यो कोडले मात्र डाटाबेस खोल्छ। यो अहिले मात्र देखाइन्छ, फेरि कहिल्यै देखाइँदैन, र Madoguchi ले यसलाई राख्दैन।</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Print it, or write it down by hand, and keep the paper in the office safe. Do not keep it on this computer or in email.</source>
            <translation>यसलाई छाप्नुहोस् वा हातले लेख्नुहोस्, र कागज कार्यालयको तिजोरीमा राख्नुहोस्। यसलाई यो कम्प्युटरमा वा इमेलमा नराख्नुहोस्।</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Printing is not available here. Write the code down by hand now and keep the paper in the office safe. Save it as a text file only to print it elsewhere, then delete the file.</source>
            <translation>यहाँ छाप्ने सुविधा उपलब्ध छैन। अहिले नै कोड हातले लेख्नुहोस् र कागज कार्यालयको तिजोरीमा राख्नुहोस्। अन्यत्र छाप्नका लागि मात्र यसलाई टेक्स्ट फाइलको रूपमा सुरक्षित गर्नुहोस्, त्यसपछि फाइल मेटाउनुहोस्।</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Print…</source>
            <translation>छाप्नुहोस्…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save as text file…</source>
            <translation>टेक्स्ट फाइलको रूपमा सुरक्षित गर्नुहोस्…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>I have written down or printed the recovery code</source>
            <translation>मैले रिकभरी कोड लेखेको वा छापेको छु</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Finish and open Madoguchi</source>
            <translation>समाप्त गरी Madoguchi खोल्नुहोस्</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Madoguchi recovery code</source>
            <translation>Madoguchi रिकभरी कोड</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep this paper in the office safe. Anyone who has it and the database file can read every record.</source>
            <translation>यो कागज कार्यालयको तिजोरीमा राख्नुहोस्। यो कागज र डाटाबेस फाइल भएको जो कोहीले पनि सबै रेकर्ड पढ्न सक्छ।</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Sent to the printer.</source>
            <translation>प्रिन्टरमा पठाइयो।</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save the recovery code</source>
            <translation>रिकभरी कोड सुरक्षित गर्नुहोस्</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Text (*.txt)</source>
            <translation>टेक्स्ट (*.txt)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Could not save: %1</source>
            <translation>सुरक्षित गर्न सकिएन: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved. Print it, then delete the file.</source>
            <translation>सुरक्षित गरियो। यसलाई छापेर फाइल मेटाउनुहोस्।</translation>
        </message>
    </context>
    <context>
        <name>FirstSteps</name>
        <message>
            <location filename="../ui/pages/today.py" line="+52" />
            <source>First steps</source>
            <translation>पहिला चरणहरू</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This town has no records yet. A new town usually starts so:</source>
            <translation>यस नगरमा अझै कुनै अभिलेख छैन। सामान्यतया यसरी सुरु गरिन्छ:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>1. The town's name and the report settings</source>
            <translation>1. नगरको नाम र प्रतिवेदन सेटिङ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>2. Accounts for the staff (the CIR, a colleague)</source>
            <translation>2. कर्मचारीका खाता (CIR, सहकर्मी)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>3. Old records from Excel or CSV, and the roster</source>
            <translation>3. Excel वा CSV का पुराना अभिलेख र बासिन्दा सूची</translation>
        </message>
        <message>
            <location line="+1" />
            <source>4. A knowledge pack from another town</source>
            <translation>4. अर्को नगरको प्रश्नोत्तर प्याकेज</translation>
        </message>
    </context>
    <context>
        <name>Job</name>
        <message>
            <location filename="../ui/jobs.py" line="+125" />
            <source>Unexpected error (%1).</source>
            <translation>अप्रत्याशित त्रुटि (%1)।</translation>
        </message>
        <message>
            <location line="-44" />
            <source>Cancel</source>
            <translation>रद्द गर्नुहोस्</translation>
        </message>
    </context>
    <context>
        <name>KbStatus</name>
        <message>
            <location filename="../ui/forms/knowledge.py" line="+33" />
            <source>Draft</source>
            <translation>मस्यौदा</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Published</source>
            <translation>प्रकाशित</translation>
        </message>
    </context>
    <context>
        <name>Kind</name>
        <message>
            <location filename="../ui/labels.py" line="-66" />
            <source>Resident</source>
            <translation>बासिन्दा</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultation</source>
            <translation>परामर्श</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment</source>
            <translation>सँगै जाने सहयोग</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session</source>
            <translation>सत्र</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation</source>
            <translation>संस्था</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge person</source>
            <translation>ब्रिज व्यक्ति</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge entry</source>
            <translation>ज्ञान भण्डार प्रविष्टि</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeForm</name>
        <message>
            <location filename="../ui/forms/knowledge.py" line="+44" />
            <source>Knowledge entry</source>
            <translation>ज्ञान भण्डार प्रविष्टि</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge entry #%1</source>
            <translation>ज्ञान भण्डार प्रविष्टि #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+54" />
            <location filename="../ui/forms/knowledge.py" line="+6" />
            <source>Topic</source>
            <translation>विषय</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+4" />
            <source>Status</source>
            <translation>स्थिति</translation>
        </message>
        <message>
            <location filename="../ui/forms/knowledge.py" line="+7" />
            <source>Add language…</source>
            <translation>भाषा थप्नुहोस्…</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+9" />
            <source>Question and answer</source>
            <translation>प्रश्न र उत्तर</translation>
        </message>
        <message>
            <location filename="../ui/forms/knowledge.py" line="+4" />
            <source>For example: 在留カード, マイナンバーカード</source>
            <translation>उदाहरण: 在留カード, マイナンバーカード</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+1" />
            <source>Documents to bring</source>
            <translation>ल्याउनुपर्ने कागजातहरू</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+12" />
            <source>Organisations that help</source>
            <translation>सहयोग गर्ने संस्थाहरू</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+4" />
            <source>Last reviewed</source>
            <translation>अन्तिम समीक्षा</translation>
        </message>
    </context>
    <context>
        <name>KnowledgePack</name>
        <message>
            <location filename="../ui/kb_pack.py" line="+22" />
            <source>Knowledge pack from %1: %2 new, %3 changed, %4 already here; %5 organisations to add. Import it?</source>
            <translation>%1 को प्रश्नोत्तर प्याकेज: %2 नयाँ, %3 परिवर्तित, %4 पहिले नै छ; %5 संस्था थपिनेछन्। आयात गर्ने?</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Import a knowledge pack</source>
            <translation>प्रश्नोत्तर प्याकेज आयात</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Export a knowledge pack</source>
            <translation>प्रश्नोत्तर प्याकेज निर्यात</translation>
        </message>
        <message>
            <location line="+31" />
            <source>%1 published entries were written to %2.</source>
            <translation>%1 प्रकाशित प्रविष्टिहरू %2 मा लेखियो।</translation>
        </message>
    </context>
    <context>
        <name>KnowledgePage</name>
        <message>
            <location filename="../ui/pages/knowledge.py" line="+57" />
            <source>Search questions and answers, in any language</source>
            <translation>कुनै पनि भाषामा प्रश्न र उत्तर खोज्नुहोस्</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Any topic</source>
            <translation>सबै विषय</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Show drafts</source>
            <translation>मस्यौदा देखाउनुहोस्</translation>
        </message>
        <message>
            <location line="+6" />
            <source>New entry…</source>
            <translation>नयाँ प्रविष्टि…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New knowledge entry (Ctrl+N)</source>
            <translation>नयाँ ज्ञान भण्डार प्रविष्टि (Ctrl+N)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Knowledge packs</source>
            <translation>प्रश्नोत्तर प्याकेज</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share the published entries with another town, or take theirs in</source>
            <translation>प्रकाशित प्रविष्टिहरू अर्को नगरसँग बाँड्नुहोस्, वा उनीहरूका लिनुहोस्</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Import a knowledge pack…</source>
            <translation>प्रश्नोत्तर प्याकेज आयात…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export a knowledge pack…</source>
            <translation>प्रश्नोत्तर प्याकेज निर्यात…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Topic</source>
            <translation>विषय</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>स्थिति</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Question</source>
            <translation>प्रश्न</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Languages</source>
            <translation>भाषाहरू</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last reviewed</source>
            <translation>अन्तिम समीक्षा</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Used</source>
            <translation>प्रयोग</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Review</source>
            <translation>समीक्षा</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Language</source>
            <translation>भाषा</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Copy for SNS</source>
            <translation>SNS का लागि कपी</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the question and answer in the chosen language, as plain text for Messenger, Zalo or LINE</source>
            <translation>छानिएको भाषामा प्रश्न र उत्तर Messenger, Zalo वा LINE का लागि सादा टेक्स्टको रूपमा कपी गर्नुहोस्</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit…</source>
            <translation>सम्पादन…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mark reviewed</source>
            <translation>समीक्षा भएको चिनो लगाउनुहोस्</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The answer is still right: record today as its review date</source>
            <translation>उत्तर अझै सही छ: आजको मितिलाई समीक्षा मितिको रूपमा रेकर्ड गर्नुहोस्</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Due</source>
            <translation>बाँकी</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not reviewed for a year: check the answer is still right</source>
            <translation>एक वर्षदेखि समीक्षा गरिएको छैन: उत्तर अझै सही छ कि छैन जाँच्नुहोस्</translation>
        </message>
        <message numerus="yes">
            <location line="+13" />
            <source>%Ln entries</source>
            <translation>
                <numerusform>%Ln प्रविष्टि</numerusform>
                <numerusform>%Ln प्रविष्टिहरू</numerusform>
            </translation>
        </message>
        <message>
            <location line="+40" />
            <source>No entry chosen</source>
            <translation>कुनै प्रविष्टि छानिएको छैन</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Documents to bring:</source>
            <translation>ल्याउनुपर्ने कागजात:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Organisations that help:</source>
            <translation>सहयोग गर्ने संस्थाहरू:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Never reviewed</source>
            <translation>कहिल्यै समीक्षा गरिएको छैन</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last reviewed %1 by %2</source>
            <translation>अन्तिम समीक्षा %1, %2 द्वारा</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Last reviewed %1</source>
            <translation>अन्तिम समीक्षा %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>From %1</source>
            <translation>%1 बाट</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Copied</source>
            <translation>कपी गरियो</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Marked as reviewed today</source>
            <translation>आज समीक्षा गरिएको चिनो लगाइयो</translation>
        </message>
    </context>
    <context>
        <name>LanguageChooser</name>
        <message>
            <location filename="../ui/login.py" line="+94" />
            <source>Language</source>
            <translation>भाषा</translation>
        </message>
    </context>
    <context>
        <name>LanguageTab</name>
        <message>
            <location filename="../ui/forms/knowledge.py" line="-67" />
            <source>Question</source>
            <translation>प्रश्न</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answer</source>
            <translation>उत्तर</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove this language</source>
            <translation>यो भाषा हटाउनुहोस्</translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <location filename="../ui/pages/list_page.py" line="+50" />
            <source>From</source>
            <translation>सुरु</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to</source>
            <translation>अन्त्य</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Any status</source>
            <translation>सबै स्थिति</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Any topic</source>
            <translation>सबै विषय</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any language</source>
            <translation>सबै भाषा</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any nationality</source>
            <translation>सबै राष्ट्रियता</translation>
        </message>
        <message>
            <location line="+11" />
            <source>New…</source>
            <translation>नयाँ…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New record (Ctrl+N)</source>
            <translation>नयाँ रेकर्ड (Ctrl+N)</translation>
        </message>
        <message numerus="yes">
            <location line="+49" />
            <source>%Ln record(s)</source>
            <translation>
                <numerusform>%Ln रेकर्ड</numerusform>
                <numerusform>%Ln रेकर्डहरू</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../ui/login.py" line="+96" />
            <source>Madoguchi — log in</source>
            <translation>Madoguchi — लग इन</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locked. Log in to continue, or log in as another user.</source>
            <translation>लक गरिएको छ। जारी राख्न लग इन गर्नुहोस्, वा अर्को प्रयोगकर्ताको रूपमा लग इन गर्नुहोस्।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Log in to Madoguchi</source>
            <translation>Madoguchi मा लग इन गर्नुहोस्</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database: %1</source>
            <translation>डाटाबेस: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Demo town: user %1 or %2, password %3</source>
            <translation>डेमो नगर: प्रयोगकर्ता %1 वा %2, पासवर्ड %3</translation>
        </message>
        <message>
            <location line="+4" />
            <source>User name</source>
            <translation>प्रयोगकर्ता नाम</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>पासवर्ड</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use the recovery code…</source>
            <translation>रिकभरी कोड प्रयोग गर्नुहोस्…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Log in</source>
            <translation>लग इन</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quit Madoguchi</source>
            <translation>Madoguchi बन्द गर्नुहोस्</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>रद्द गर्नुहोस्</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Enter your user name and password.</source>
            <translation>आफ्नो प्रयोगकर्ता नाम र पासवर्ड लेख्नुहोस्।</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The backup was restored. Log in again.</source>
            <translation>ब्याकअप पुनर्स्थापना गरियो। फेरि लग इन गर्नुहोस्।</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Opening the database… The first login after an update prepares the file once; on a large town this can take a minute.</source>
            <translation>डाटाबेस खोल्दै… अपडेटपछिको पहिलो लगइनमा फाइल एक पटक तयार गरिन्छ; ठूलो नगरमा यसमा करिब एक मिनेट लाग्न सक्छ।</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../ui/main_window.py" line="+30" />
            <source>Today</source>
            <translation>आज</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residents</source>
            <translation>बासिन्दाहरू</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultations</source>
            <translation>परामर्शहरू</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniments</source>
            <translation>सँगै जाने सहयोग</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sessions</source>
            <translation>सत्रहरू</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Directory</source>
            <translation>निर्देशिका</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge</source>
            <translation>ज्ञान भण्डार</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reports</source>
            <translation>प्रतिवेदनहरू</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Handover</source>
            <translation>हस्तान्तरण</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Settings</source>
            <translation>सेटिङहरू</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Users</source>
            <translation>प्रयोगकर्ताहरू</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audit</source>
            <translation>अडिट</translation>
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
            <translation>खोज</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Search residents and consultations (Ctrl+F): any script, any name form</source>
            <translation>बासिन्दा र परामर्श खोज्नुहोस् (Ctrl+F): जुनसुकै लिपि, नामको जुनसुकै रूप</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Find</source>
            <translation>खोज्नुहोस्</translation>
        </message>
        <message>
            <location line="+4" />
            <source>New record</source>
            <translation>नयाँ रेकर्ड</translation>
        </message>
        <message>
            <location line="+143" />
            <source>administrator</source>
            <translation>प्रशासक</translation>
        </message>
        <message>
            <location line="+0" />
            <source>staff</source>
            <translation>कर्मचारी</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Lock / switch user</source>
            <translation>लक / प्रयोगकर्ता बदल्नुहोस्</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Lock the window, or let another user log in (Ctrl+L)</source>
            <translation>विन्डो लक गर्नुहोस्, वा अर्को प्रयोगकर्तालाई लग इन गर्न दिनुहोस् (Ctrl+L)</translation>
        </message>
    </context>
    <context>
        <name>MeasuresDialog</name>
        <message>
            <location filename="../ui/pages/report_settings.py" line="+51" />
            <source>Special allocation tax measures</source>
            <translation>विशेष अनुदान कर (特別交付税) उपायहरू</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Consultation topics</source>
            <translation>परामर्शका विषयहरू</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultations with interpreter</source>
            <translation>दोभाषेसहितका परामर्शहरू</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session kinds</source>
            <translation>सत्रका प्रकारहरू</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session topics</source>
            <translation>सत्रका विषयहरू</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment destinations</source>
            <translation>सँगै जाने सहयोगका गन्तव्यहरू</translation>
        </message>
    </context>
    <context>
        <name>OldRecordsBox</name>
        <message>
            <location filename="../ui/table_import.py" line="+171" />
            <source>Old records from Excel or CSV</source>
            <translation>Excel वा CSV बाट पुराना रेकर्ड</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Import from Excel/CSV…</source>
            <translation>Excel/CSV बाट आयात…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A consultation log kept in Excel or CSV, or the resident roster: preview every row first, then import all or nothing.</source>
            <translation>Excel वा CSV मा राखिएको परामर्श अभिलेख, वा बासिन्दा नामावली: पहिले हरेक पङ्क्तिको पूर्वावलोकन गर्नुहोस्, त्यसपछि सबै आयात गर्नुहोस् वा केही पनि नगर्नुहोस्।</translation>
        </message>
    </context>
    <context>
        <name>OrganisationForm</name>
        <message>
            <location filename="../ui/forms/directory.py" line="-88" />
            <source>Organisation</source>
            <translation>संस्था</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation #%1</source>
            <translation>संस्था #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="-64" />
            <location filename="../ui/forms/directory.py" line="+5" />
            <source>Name</source>
            <translation>नाम</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Kind</source>
            <translation>प्रकार</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Phone</source>
            <translation>फोन</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Email</source>
            <translation>इमेल</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Address</source>
            <translation>ठेगाना</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Languages spoken</source>
            <translation>बोलिने भाषाहरू</translation>
        </message>
        <message>
            <location filename="../ui/forms/directory.py" line="+1" />
            <source>An interpreter can be arranged</source>
            <translation>दोभाषेको व्यवस्था गर्न सकिन्छ</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/directory.py" line="+1" />
            <source>Interpreter</source>
            <translation>दोभाषे</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+4" />
            <source>Notes</source>
            <translation>टिप्पणी</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsList</name>
        <message>
            <location filename="../ui/list_headers.py" line="-30" />
            <source>Name</source>
            <translation>नाम</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>प्रकार</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>फोन</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interpreter</source>
            <translation>दोभाषे</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Languages</source>
            <translation>भाषाहरू</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>ठेगाना</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <location filename="../ui/pages/send_dialog.py" line="+39" />
            <source>SMTP password</source>
            <translation>SMTP पासवर्ड</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Password for %1 at %2</source>
            <translation>%2 मा %1 को पासवर्ड</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../ui/pages/users.py" line="+73" />
            <source>Password</source>
            <translation>पासवर्ड</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remember it in this computer's keyring</source>
            <translation>यो कम्प्युटरको किरिङ (keyring) मा सम्झनुहोस्</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No secure keyring is available, so Madoguchi asks every time.</source>
            <translation>कुनै सुरक्षित किरिङ उपलब्ध छैन, त्यसैले Madoguchi ले हरेक पटक सोध्छ।</translation>
        </message>
        <message>
            <location filename="../ui/pages/users.py" line="-19" />
            <source>Add user</source>
            <translation>प्रयोगकर्ता थप्नुहोस्</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set password for %1</source>
            <translation>%1 को पासवर्ड सेट गर्नुहोस्</translation>
        </message>
        <message>
            <location line="+11" />
            <source>At least %1 characters</source>
            <translation>कम्तीमा %1 अक्षर</translation>
        </message>
        <message>
            <location line="+2" />
            <source>User name</source>
            <translation>प्रयोगकर्ता नाम</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Role</source>
            <translation>भूमिका</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Password again</source>
            <translation>पासवर्ड फेरि</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Staff can keep records and make the aggregated reports. Only administrators manage users and settings, export personal data and delete data for good.</source>
            <translation>कर्मचारीले रेकर्ड राख्न र समग्र प्रतिवेदन बनाउन सक्छन्। प्रयोगकर्ता र सेटिङ व्यवस्थापन गर्न, व्यक्तिगत डाटा निर्यात गर्न र डाटा स्थायी रूपमा मेटाउन प्रशासकले मात्र सक्छन्।</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The two passwords are not the same.</source>
            <translation>दुवै पासवर्ड एउटै छैनन्।</translation>
        </message>
    </context>
    <context>
        <name>Person</name>
        <message>
            <location filename="../ui/labels.py" line="+72" />
            <source>Anonymous (%1)</source>
            <translation>बेनामी (%1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nationality unknown</source>
            <translation>राष्ट्रियता अज्ञात</translation>
        </message>
    </context>
    <context>
        <name>PrefecturePage</name>
        <message>
            <location filename="../ui/pages/prefecture.py" line="+42" />
            <source>Madoguchi — prefecture roll-up</source>
            <translation>Madoguchi — प्रिफेक्चर सङ्कलन</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add the annual data files (.json) the towns sent, check them, then make the prefecture's report (PDF, Excel and CSV). No town database is needed.</source>
            <translation>नगरहरूले पठाएका वार्षिक डाटा फाइलहरू (.json) थप्नुहोस्, जाँच्नुहोस्, अनि प्रिफेक्चरको प्रतिवेदन (PDF, Excel र CSV) बनाउनुहोस्। नगरको डाटाबेस चाहिँदैन।</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Add files…</source>
            <translation>फाइलहरू थप्नुहोस्…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove</source>
            <translation>हटाउनुहोस्</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove all</source>
            <translation>सबै हटाउनुहोस्</translation>
        </message>
        <message>
            <location line="+8" />
            <source>File</source>
            <translation>फाइल</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Town</source>
            <translation>नगर</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Municipality code</source>
            <translation>स्थानीय निकाय कोड</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counts</source>
            <translation>सङ्ख्या</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Version</source>
            <translation>संस्करण</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Accept provisional files (the roll-up is then provisional)</source>
            <translation>अस्थायी फाइलहरू पनि स्वीकार्नुहोस् (सङ्कलन पनि अस्थायी हुन्छ)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Counts from 1 to one less than this are hidden as x in the prefecture's report.</source>
            <translation>१ देखि यो भन्दा एक कमसम्मका सङ्ख्याहरू प्रिफेक्चरको प्रतिवेदनमा x का रूपमा लुकाइन्छन्।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hide counts below</source>
            <translation>यसभन्दा कम सङ्ख्या लुकाउनुहोस्</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Check the files</source>
            <translation>फाइलहरू जाँच्नुहोस्</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Make the prefecture's report…</source>
            <translation>प्रिफेक्चरको प्रतिवेदन बनाउनुहोस्…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Annual data files</source>
            <translation>वार्षिक डाटा फाइलहरू</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Annual data files (*.json)</source>
            <translation>वार्षिक डाटा फाइलहरू (*.json)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Save the prefecture's report in</source>
            <translation>प्रिफेक्चरको प्रतिवेदन यहाँ सुरक्षित गर्नुहोस्</translation>
        </message>
        <message>
            <location line="+39" />
            <source>exact</source>
            <translation>यथार्थ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>suppressed</source>
            <translation>लुकाइएको</translation>
        </message>
        <message>
            <location line="+1" />
            <source>provisional to %1</source>
            <translation>%1 सम्म अस्थायी</translation>
        </message>
        <message>
            <location line="+1" />
            <source>final</source>
            <translation>अन्तिम</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 files of %2 are ready to roll up.</source>
            <translation>%2 मध्ये %1 फाइलहरू सङ्कलनका लागि तयार छन्।</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Making the prefecture's report…</source>
            <translation>प्रिफेक्चरको प्रतिवेदन बनाउँदै…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved:</source>
            <translation>सुरक्षित गरियो:</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="+183" />
            <source>Preview</source>
            <translation>पूर्वावलोकन</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every row of the file and what will become of it. The import adds all of it, or nothing.</source>
            <translation>फाइलको हरेक पङ्क्ति र त्यसलाई के हुनेछ। आयातले सबै थप्छ, वा केही पनि थप्दैन।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Import</source>
            <translation>आयात</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Import the other rows, and list rows with problems as skipped</source>
            <translation>अन्य पङ्क्तिहरू आयात गर्नुहोस्, र समस्या भएका पङ्क्तिहरूलाई छोडिएको रूपमा सूचीमा राख्नुहोस्</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save mapping profile…</source>
            <translation>म्यापिङ प्रोफाइल सुरक्षित गर्नुहोस्…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save preview as CSV…</source>
            <translation>पूर्वावलोकन CSV को रूपमा सुरक्षित गर्नुहोस्…</translation>
        </message>
        <message>
            <location line="+29" />
            <source>%1 rows: %2 new residents, %3 to update, %4 unchanged, %5 skipped, %6 with problems; %7 residents in Madoguchi are not on the roster (listed to check; they are not changed).</source>
            <translation>%1 पङ्क्ति: %2 नयाँ बासिन्दा, %3 अद्यावधिक गर्नुपर्ने, %4 अपरिवर्तित, %5 छोडिएका, %6 समस्या भएका; Madoguchi का %7 बासिन्दा नामावलीमा छैनन् (जाँचका लागि सूचीमा राखिएको; उनीहरूलाई परिवर्तन गरिँदैन)।</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 rows: %2 to import, %3 skipped, %4 with problems. Residents: %5 new, %6 already in Madoguchi.</source>
            <translation>%1 पङ्क्ति: %2 आयात गर्ने, %3 छोडिएका, %4 समस्या भएका। बासिन्दा: %5 नयाँ, %6 पहिले नै Madoguchi मा।</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Rows with problems stop the import: correct the file or the mapping (Back), or tick the box above.</source>
            <translation>समस्या भएका पङ्क्तिहरूले आयात रोक्छन्: फाइल वा म्यापिङ सच्याउनुहोस् (पछाडि), वा माथिको बाकसमा चिन्ह लगाउनुहोस्।</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save mapping profile</source>
            <translation>म्यापिङ प्रोफाइल सुरक्षित गर्नुहोस्</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Mapping profile saved: %1</source>
            <translation>म्यापिङ प्रोफाइल सुरक्षित गरियो: %1</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <location filename="../ui/qt_strings.py" line="+10" />
            <source>OK</source>
            <translation>ठिक छ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save</source>
            <translation>सुरक्षित गर्नुहोस्</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open</source>
            <translation>खोल्नुहोस्</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Yes</source>
            <translation>हो(&amp;Y)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;No</source>
            <translation>होइन(&amp;N)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>बन्द गर्नुहोस्</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>रद्द गर्नुहोस्</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard</source>
            <translation>खारेज गर्नुहोस्</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Apply</source>
            <translation>लागू गर्नुहोस्</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reset</source>
            <translation>रिसेट गर्नुहोस्</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Help</source>
            <translation>सहायता</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <location filename="../ui/forms/base.py" line="+62" />
            <source>Delete…</source>
            <translation>मेटाउनुहोस्…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Print…</source>
            <translation>छाप्नुहोस्…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>This record was also changed on another device: it has an open conflict (Settings › Conflicts).</source>
            <translation>यो अभिलेख अर्को उपकरणमा पनि बदलियो: यसमा खुला द्वन्द्व छ (सेटिङ › द्वन्द्वहरू)।</translation>
        </message>
        <message>
            <location line="+80" />
            <source>Please correct the fields marked in red.</source>
            <translation>कृपया रातोले चिनो लगाइएका फिल्डहरू सच्याउनुहोस्।</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Delete</source>
            <translation>मेटाउनुहोस्</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete this record? This cannot be undone.</source>
            <translation>यो रेकर्ड मेटाउने? यसलाई पूर्ववत् गर्न सकिँदैन।</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Unsaved changes</source>
            <translation>सुरक्षित नगरिएका परिवर्तनहरू</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This record has changes that are not saved. Save them?</source>
            <translation>यो रेकर्डमा सुरक्षित नगरिएका परिवर्तनहरू छन्। तिनलाई सुरक्षित गर्ने?</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../ui/login.py" line="+56" />
            <source>Use the recovery code</source>
            <translation>रिकभरी कोड प्रयोग गर्नुहोस्</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Type the recovery code from the paper kept in the office safe. Then choose a new password for the administrator.</source>
            <translation>कार्यालयको तिजोरीमा राखिएको कागजबाट रिकभरी कोड टाइप गर्नुहोस्। त्यसपछि प्रशासकका लागि नयाँ पासवर्ड छान्नुहोस्।</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Check the code</source>
            <translation>कोड जाँच्नुहोस्</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recovery code</source>
            <translation>रिकभरी कोड</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Administrator</source>
            <translation>प्रशासक</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New password</source>
            <translation>नयाँ पासवर्ड</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New password again</source>
            <translation>नयाँ पासवर्ड फेरि</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Set password and log in</source>
            <translation>पासवर्ड सेट गरी लग इन गर्नुहोस्</translation>
        </message>
        <message>
            <location line="+39" />
            <source>This database has no active administrator.</source>
            <translation>यो डाटाबेसमा कुनै सक्रिय प्रशासक छैन।</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The two passwords are not the same.</source>
            <translation>दुवै पासवर्ड एउटै छैनन्।</translation>
        </message>
    </context>
    <context>
        <name>ReportSettingsBox</name>
        <message>
            <location filename="../ui/pages/report_settings.py" line="+36" />
            <source>Reports</source>
            <translation>प्रतिवेदनहरू</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Counts from 1 to one less than this are hidden as x in the annual report.</source>
            <translation>वार्षिक प्रतिवेदनमा 1 देखि यो संख्याभन्दा एक कमसम्मका गणनाहरू x को रूपमा लुकाइन्छन्।</translation>
        </message>
        <message>
            <location line="+10" />
            <source>same as above</source>
            <translation>माथि जस्तै</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A hidden count is protected when a reader of every table published this year cannot narrow it to a range narrower than this.</source>
            <translation>यस वर्ष प्रकाशित सबै तालिका पढ्नेले पनि यसभन्दा साँघुरो दायरामा झार्न नसके लुकाइएको अङ्क सुरक्षित हुन्छ।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>from the town's name</source>
            <translation>नगरको नामबाट</translation>
        </message>
        <message>
            <location line="+10" />
            <source>全国地方公共団体コード: six digits, the last one a check digit.</source>
            <translation>全国地方公共団体コード (स्थानीय निकाय कोड): छ अङ्क, अन्तिम अङ्क जाँच अङ्क हो।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>suppressed counts, as in the report</source>
            <translation>प्रतिवेदनमा जस्तै लुकाइएका सङ्ख्या</translation>
        </message>
        <message>
            <location line="+1" />
            <source>exact counts, for the prefecture to suppress</source>
            <translation>प्रिफेक्चरले लुकाउने गरी यथार्थ सङ्ख्या</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Special allocation tax measures…</source>
            <translation>विशेष अनुदान कर उपायहरू…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Other bodies' categories…</source>
            <translation>अन्य निकायका वर्गहरू…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Hide counts below</source>
            <translation>यसभन्दा कम गणना लुकाउनुहोस्</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Protection width</source>
            <translation>सुरक्षा चौडाइ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Municipality</source>
            <translation>स्थानीय तहको प्रकार</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Municipality code</source>
            <translation>स्थानीय निकाय कोड</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The annual data file carries</source>
            <translation>वार्षिक डाटा फाइलमा हुन्छ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Town population</source>
            <translation>नगरको जनसंख्या</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Foreign residents</source>
            <translation>विदेशी बासिन्दाहरू</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department</source>
            <translation>विभाग</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact (mail signature)</source>
            <translation>सम्पर्क (इमेल हस्ताक्षर)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sending to the prefecture</source>
            <translation>प्रिफेक्चरमा पठाउने</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Use STARTTLS</source>
            <translation>STARTTLS प्रयोग गर्नुहोस्</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Forget the saved password</source>
            <translation>सुरक्षित गरिएको पासवर्ड हटाउनुहोस्</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Prefecture's address</source>
            <translation>प्रिफेक्चरको इमेल ठेगाना</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From address</source>
            <translation>पठाउने ठेगाना</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Subject</source>
            <translation>विषय</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Message</source>
            <translation>सन्देश</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mail server (SMTP)</source>
            <translation>मेल सर्भर (SMTP)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User</source>
            <translation>प्रयोगकर्ता</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save report settings</source>
            <translation>प्रतिवेदन सेटिङ सुरक्षित गर्नुहोस्</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The password is kept only in this computer's keyring, never in a file.</source>
            <translation>पासवर्ड यो कम्प्युटरको किरिङमा मात्र राखिन्छ, कहिल्यै फाइलमा राखिँदैन।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No secure keyring here: Madoguchi asks for the password every time.</source>
            <translation>यहाँ सुरक्षित किरिङ छैन: Madoguchi ले हरेक पटक पासवर्ड सोध्छ।</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Saved.</source>
            <translation>सुरक्षित गरियो।</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../ui/pages/reports.py" line="+49" />
            <source>Monthly report</source>
            <translation>मासिक प्रतिवेदन</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Annual report for the prefecture</source>
            <translation>प्रिफेक्चरका लागि वार्षिक प्रतिवेदन</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Preview</source>
            <translation>पूर्वावलोकन</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Export PDF…</source>
            <translation>PDF निर्यात…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Export Excel…</source>
            <translation>Excel निर्यात…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export CSV…</source>
            <translation>CSV निर्यात…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Print…</source>
            <translation>छाप्नुहोस्…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open the file made</source>
            <translation>बनाएको फाइल खोल्नुहोस्</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Email draft for the prefecture…</source>
            <translation>प्रिफेक्चरका लागि इमेल मस्यौदा…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send to the prefecture…</source>
            <translation>प्रिफेक्चरमा पठाउनुहोस्…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Attach the annual data file (for the prefecture's roll-up)</source>
            <translation>वार्षिक डाटा फाइल संलग्न गर्नुहोस् (प्रिफेक्चरको सङ्कलनका लागि)</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Save the report in</source>
            <translation>प्रतिवेदन सुरक्षित गर्ने फोल्डर</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Records with open sync conflicts: %1. The report counts them as they stand on this device (Settings › Conflicts).</source>
            <translation>खुला सिङ्क द्वन्द्व भएका अभिलेख: %1। प्रतिवेदनले तिनलाई यस उपकरणमा जस्तो छन् त्यस्तै गन्छ (सेटिङ › द्वन्द्वहरू)।</translation>
        </message>
        <message>
            <location line="+119" />
            <source>Making the report…</source>
            <translation>प्रतिवेदन बनाउँदै…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Saved:</source>
            <translation>सुरक्षित गरियो:</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Making the email draft…</source>
            <translation>इमेल मस्यौदा बनाउँदै…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saved. Open the .eml file to check and send it from your mail program:</source>
            <translation>सुरक्षित गरियो। जाँच गर्न .eml फाइल खोल्नुहोस् र आफ्नो मेल प्रोग्रामबाट पठाउनुहोस्:</translation>
        </message>
        <message>
            <location filename="../ui/pages/send_dialog.py" line="+37" />
            <source>Send the %1 report (PDF, Excel and the annual data file) to %2?</source>
            <translation>%1 को प्रतिवेदन (PDF, Excel र वार्षिक डाटा फाइल) %2 मा पठाउने?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Send the %1 report (PDF and Excel) to %2?</source>
            <translation>%1 को प्रतिवेदन (PDF र Excel) %2 मा पठाउने?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send to the prefecture</source>
            <translation>प्रिफेक्चरमा पठाउनुहोस्</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Sent to %1.</source>
            <translation>%1 मा पठाइयो।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sending…</source>
            <translation>पठाउँदै…</translation>
        </message>
    </context>
    <context>
        <name>ResidentForm</name>
        <message>
            <location filename="../ui/forms/resident.py" line="+39" />
            <source>Resident</source>
            <translation>बासिन्दा</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident #%1</source>
            <translation>बासिन्दा #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+48" />
            <location filename="../ui/forms/resident.py" line="+4" />
            <source>Family name (native script)</source>
            <translation>थर (मूल लिपि)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>Given name (native script)</source>
            <translation>नाम (मूल लिपि)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Family name (Latin letters)</source>
            <translation>थर (ल्याटिन अक्षर)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Given name (Latin letters)</source>
            <translation>नाम (ल्याटिन अक्षर)</translation>
        </message>
        <message>
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Hiragana becomes katakana</source>
            <translation>हिरागाना काताकानामा बदलिन्छ</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>Reading (katakana)</source>
            <translation>उच्चारण (काताकाना)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Date of birth</source>
            <translation>जन्म मिति</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Nationality</source>
            <translation>राष्ट्रियता</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Languages</source>
            <translation>भाषाहरू</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Residence status</source>
            <translation>निवास स्थिति</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Period of stay ends (在留期間満了日)</source>
            <translation>बसाइ अवधि समाप्त हुने मिति (在留期間満了日)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+3" />
            <source>Residence card number</source>
            <translation>निवास कार्ड नम्बर</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>Phone</source>
            <translation>फोन</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>Employer or host organisation</source>
            <translation>रोजगारदाता वा स्वीकार्ने संस्था</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>District</source>
            <translation>क्षेत्र</translation>
        </message>
        <message>
            <location filename="../ui/forms/resident.py" line="+9" />
            <source>ID or phone number</source>
            <translation>ID वा फोन नम्बर</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/resident.py" line="+4" />
            <source>SNS contacts</source>
            <translation>SNS सम्पर्क</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Arrival date</source>
            <translation>आगमन मिति</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Consent to keep a record: date</source>
            <translation>रेकर्ड राख्ने सहमति: मिति</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+3" />
            <source>Consent: how</source>
            <translation>सहमति: तरिका</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+3" />
            <source>Notes</source>
            <translation>टिप्पणी</translation>
        </message>
        <message>
            <location filename="../ui/forms/resident.py" line="+9" />
            <source>Link</source>
            <translation>जोड्नुहोस्</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unlink</source>
            <translation>छुटाउनुहोस्</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/resident.py" line="+8" />
            <source>Household</source>
            <translation>घरपरिवार</translation>
        </message>
    </context>
    <context>
        <name>ResidentPicker</name>
        <message>
            <location filename="../ui/resident_picker.py" line="+50" />
            <source>Type a name in any script…</source>
            <translation>जुनसुकै लिपिमा नाम टाइप गर्नुहोस्…</translation>
        </message>
        <message>
            <location line="+47" />
            <source>New resident “%1”…</source>
            <translation>नयाँ बासिन्दा “%1”…</translation>
        </message>
    </context>
    <context>
        <name>ResidentView</name>
        <message>
            <location filename="../ui/resident_view.py" line="+53" />
            <location line="+97" />
            <source>Timeline</source>
            <translation>समयरेखा</translation>
        </message>
        <message>
            <location line="-94" />
            <source>When</source>
            <translation>कहिले</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>प्रकार</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What</source>
            <translation>के</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Summary</source>
            <translation>सारांश</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Edit resident…</source>
            <translation>बासिन्दा सम्पादन…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New consultation…</source>
            <translation>नयाँ परामर्श…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New accompaniment…</source>
            <translation>नयाँ सँगै जाने सहयोग…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print…</source>
            <translation>छाप्नुहोस्…</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Nationality</source>
            <translation>राष्ट्रियता</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residence status</source>
            <translation>निवास स्थिति</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Languages</source>
            <translation>भाषाहरू</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Employer or host</source>
            <translation>रोजगारदाता/संस्था</translation>
        </message>
        <message>
            <location line="+1" />
            <source>District</source>
            <translation>क्षेत्र</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SNS</source>
            <translation>SNS</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Arrived</source>
            <translation>आगमन</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent</source>
            <translation>सहमति</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Household</source>
            <translation>घरपरिवार</translation>
        </message>
    </context>
    <context>
        <name>ResidentsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+5" />
            <source>Name</source>
            <translation>नाम</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name (Latin)</source>
            <translation>नाम (ल्याटिन)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reading</source>
            <translation>उच्चारण</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationality</source>
            <translation>राष्ट्रियता</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residence status</source>
            <translation>निवास स्थिति</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stay ends</source>
            <translation>बसाइ सकिने</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Card number</source>
            <translation>कार्ड नम्बर</translation>
        </message>
        <message>
            <location line="+1" />
            <source>District</source>
            <translation>क्षेत्र</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Employer or host</source>
            <translation>रोजगारदाता/संस्था</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Arrived</source>
            <translation>आगमन</translation>
        </message>
    </context>
    <context>
        <name>RetentionBox</name>
        <message>
            <location filename="../ui/pages/retention_box.py" line="+26" />
            <source>Retention</source>
            <translation>राख्ने अवधि</translation>
        </message>
        <message>
            <location line="+7" />
            <source> years</source>
            <translation> वर्ष</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Preview</source>
            <translation>पूर्वावलोकन</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Anonymise…</source>
            <translation>गुमनाम बनाउनुहोस्…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No activity for</source>
            <translation>गतिविधि नभएको अवधि</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Anonymising blanks names, contacts, notes and free text, after a backup. Nationality, languages and residence status stay, so past reports keep their numbers.</source>
            <translation>गुमनाम बनाउँदा ब्याकअपपछि नाम, सम्पर्क, टिप्पणी र खुला पाठ खाली गरिन्छ। राष्ट्रियता, भाषा र निवास स्थिति रहन्छन्, त्यसैले पुराना प्रतिवेदनका संख्या उस्तै रहन्छन्।</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Anonymise</source>
            <translation>गुमनाम बनाउनुहोस्</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymise %1 residents? This cannot be undone (a backup is made first).</source>
            <translation>%1 बासिन्दालाई गुमनाम बनाउने? यसलाई पूर्ववत् गर्न सकिँदैन (पहिले ब्याकअप बनाइन्छ)।</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 residents have had no activity for %2 years or more.</source>
            <translation>%1 बासिन्दाको %2 वर्ष वा सोभन्दा बढी समयदेखि कुनै गतिविधि छैन।</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 residents anonymised.</source>
            <translation>%1 बासिन्दा गुमनाम बनाइए।</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <location filename="../ui/pages/users.py" line="-64" />
            <source>Administrator</source>
            <translation>प्रशासक</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Staff</source>
            <translation>कर्मचारी</translation>
        </message>
    </context>
    <context>
        <name>RowsModel</name>
        <message>
            <location filename="../ui/table_import_rows.py" line="+67" />
            <source>Sheet</source>
            <translation>सिट</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Row</source>
            <translation>पङ्क्ति</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Outcome</source>
            <translation>परिणाम</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Person</source>
            <translation>व्यक्ति</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>कारण</translation>
        </message>
    </context>
    <context>
        <name>SearchResultsPage</name>
        <message>
            <location filename="../ui/pages/search_results.py" line="+26" />
            <source>Kind</source>
            <translation>प्रकार</translation>
        </message>
        <message>
            <location line="+0" />
            <source>When</source>
            <translation>कहिले</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>नाम</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Detail</source>
            <translation>विवरण</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 result(s) for “%2”</source>
            <translation>“%2” का लागि %1 नतिजा</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <location filename="../ui/session.py" line="+96" />
            <source>Checking the database in the background…</source>
            <translation>पृष्ठभूमिमा डाटाबेस जाँच हुँदैछ…</translation>
        </message>
    </context>
    <context>
        <name>SessionForm</name>
        <message>
            <location filename="../ui/forms/session.py" line="+38" />
            <source>Session</source>
            <translation>सत्र</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session #%1</source>
            <translation>सत्र #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+5" />
            <location filename="../ui/forms/session.py" line="+6" />
            <source>Date</source>
            <translation>मिति</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Start time</source>
            <translation>सुरु समय</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+6" />
            <source>Copy the last session of this kind</source>
            <translation>यस प्रकारको पछिल्लो सत्र प्रतिलिपि गर्नुहोस्</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title, topics, languages, venue, facilitator and registered attendees of the most recent session of this kind (for weekly classes)</source>
            <translation>यस प्रकारको पछिल्लो सत्रको शीर्षक, विषय, भाषा, स्थान, सहजकर्ता र दर्ता भएका सहभागी (साप्ताहिक कक्षाका लागि)</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/session.py" line="+6" />
            <source>Kind</source>
            <translation>प्रकार</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+3" />
            <source>Title</source>
            <translation>शीर्षक</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Topics</source>
            <translation>विषयहरू</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Languages</source>
            <translation>भाषाहरू</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Venue</source>
            <translation>स्थान</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+1" />
            <source>Held online</source>
            <translation>अनलाइन सञ्चालन गरिएको</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/session.py" line="+1" />
            <source>Online</source>
            <translation>अनलाइन</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Facilitator</source>
            <translation>सहजकर्ता</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+3" />
            <source>Notes</source>
            <translation>टिप्पणी</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+10" />
            <source>Add</source>
            <translation>थप्नुहोस्</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>हटाउनुहोस्</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/session.py" line="+11" />
            <source>Registered attendees</source>
            <translation>दर्ता भएका सहभागीहरू</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+1" />
            <source>Attendance sheet…</source>
            <translation>उपस्थिति पाना…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print a sheet for attendees to sign (出席簿)</source>
            <translation>सहभागीले सही गर्ने पाना छाप्नुहोस् (出席簿)</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+111" />
            <source>Nationality</source>
            <translation>राष्ट्रियता</translation>
        </message>
        <message>
            <location line="-111" />
            <source>Count</source>
            <translation>संख्या</translation>
        </message>
        <message>
            <location line="+8" />
            <source>People who came but have no resident record</source>
            <translation>आएका तर बासिन्दा रेकर्ड नभएका व्यक्तिहरू</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add row</source>
            <translation>पङ्क्ति थप्नुहोस्</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove row</source>
            <translation>पङ्क्ति हटाउनुहोस्</translation>
        </message>
        <message>
            <location line="+101" />
            <source>Name</source>
            <translation>नाम</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reading</source>
            <translation>उच्चारण</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signature</source>
            <translation>हस्ताक्षर</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Attendance sheet</source>
            <translation>उपस्थिति पाना</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/session.py" line="-97" />
            <source>Unregistered attendees</source>
            <translation>दर्ता नभएका सहभागीहरू</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+4" />
            <source>Total attendance</source>
            <translation>कुल उपस्थिति</translation>
        </message>
        <message>
            <location line="+72" />
            <source>%1 (%2 registered, %3 unregistered)</source>
            <translation>%1 (%2 दर्ता भएका, %3 दर्ता नभएका)</translation>
        </message>
    </context>
    <context>
        <name>SessionsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+21" />
            <source>Date</source>
            <translation>मिति</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>प्रकार</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>शीर्षक</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Venue</source>
            <translation>स्थान</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Online</source>
            <translation>अनलाइन</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attendance</source>
            <translation>उपस्थिति</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facilitator</source>
            <translation>सहजकर्ता</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../ui/pages/settings.py" line="+41" />
            <source>Town and data</source>
            <translation>नगर र डाटा</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Reports</source>
            <translation>प्रतिवेदनहरू</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Town</source>
            <translation>नगर</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+135" />
            <source>Save</source>
            <translation>सुरक्षित गर्नुहोस्</translation>
        </message>
        <message>
            <location line="-128" />
            <source>Town name (Japanese)</source>
            <translation>नगरको नाम (जापानी)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Town name (English)</source>
            <translation>नगरको नाम (अङ्ग्रेजी)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Database</source>
            <translation>डाटाबेस</translation>
        </message>
        <message>
            <location line="+3" />
            <source>File</source>
            <translation>फाइल</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Schema version</source>
            <translation>स्किमा संस्करण</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SQLite</source>
            <translation>SQLite</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recorded as user</source>
            <translation>रेकर्ड गर्ने प्रयोगकर्ता</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Code lists</source>
            <translation>कोड सूचीहरू</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Devices</source>
            <translation>उपकरणहरू</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Conflicts</source>
            <translation>द्वन्द्वहरू</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Add code…</source>
            <translation>कोड थप्नुहोस्…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>List</source>
            <translation>सूची</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Code</source>
            <translation>कोड</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Japanese</source>
            <translation>जापानी</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English</source>
            <translation>अङ्ग्रेजी</translation>
        </message>
        <message>
            <location line="+0" />
            <source>In this window</source>
            <translation>यो विन्डोमा</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Offered</source>
            <translation>देखाइने</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Your preferences</source>
            <translation>तपाईंका प्राथमिकताहरू</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Language</source>
            <translation>भाषा</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show dates in the Japanese era (令和) in the Japanese window</source>
            <translation>जापानी विन्डोमा मितिहरू जापानी युग (令和) मा देखाउनुहोस्</translation>
        </message>
        <message>
            <location line="+23" />
            <location line="+78" />
            <source>Saved.</source>
            <translation>सुरक्षित गरियो।</translation>
        </message>
        <message>
            <location line="-48" />
            <source>Security</source>
            <translation>सुरक्षा</translation>
        </message>
        <message>
            <location line="+4" />
            <source> min</source>
            <translation> मिनेट</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Never</source>
            <translation>कहिल्यै होइन</translation>
        </message>
        <message>
            <location line="+2" />
            <source>After this many minutes without use the window locks and shows the login screen. 0 = never.</source>
            <translation>यति मिनेटसम्म प्रयोग नभएमा विन्डो लक हुन्छ र लग इन स्क्रिन देखाउँछ। 0 = कहिल्यै होइन।</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Auto-lock after</source>
            <translation>स्वतः लक हुने समय</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Only an administrator can change these settings, the report settings and the code lists, or export and import all records.</source>
            <translation>यी सेटिङ, प्रतिवेदन सेटिङ र कोड सूचीहरू परिवर्तन गर्न, वा सबै रेकर्ड निर्यात र आयात गर्न प्रशासकले मात्र सक्छन्।</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Only an administrator can change these.</source>
            <translation>यिनलाई प्रशासकले मात्र परिवर्तन गर्न सक्छन्।</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Only an administrator can change the code lists.</source>
            <translation>कोड सूचीहरू प्रशासकले मात्र परिवर्तन गर्न सक्छन्।</translation>
        </message>
    </context>
    <context>
        <name>SnsCopy</name>
        <message>
            <location filename="../ui/sns_copy.py" line="+20" />
            <source>Documents to bring:</source>
            <translation>ल्याउनुपर्ने कागजात:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisations that help:</source>
            <translation>सहयोग गर्ने संस्थाहरू:</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Copy for SNS</source>
            <translation>SNS का लागि प्रतिलिपि</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This answer has no text in %1 yet. Copy it in another language?</source>
            <translation>यो उत्तर %1 मा अझै छैन। अर्को भाषामा प्रतिलिपि गर्ने?</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../ui/startup.py" line="+41" />
            <source>The database was damaged and has been moved aside to %1. No verified backup was found; please call your IT staff.</source>
            <translation>डाटाबेस बिग्रिएको थियो र %1 मा छुट्टै सारिएको छ। कुनै प्रमाणित ब्याकअप भेटिएन; कृपया आफ्नो IT कर्मचारीलाई सम्पर्क गर्नुहोस्।</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The database was damaged and has been moved aside to %1. Restore the newest verified backup, %2?</source>
            <translation>डाटाबेस बिग्रिएको थियो र %1 मा छुट्टै सारिएको छ। सबैभन्दा नयाँ प्रमाणित ब्याकअप, %2, पुनर्स्थापना गर्ने?</translation>
        </message>
        <message>
            <location line="+216" />
            <source>The check found damage in the database file. Stop entering records and quit Madoguchi: at the next start the damaged file is moved aside and the newest verified backup is offered.</source>
            <translation>जाँचमा डाटाबेस फाइलमा क्षति भेटियो। रेकर्ड प्रविष्टि गर्न रोक्नुहोस् र Madoguchi बन्द गर्नुहोस्: अर्को पटक सुरु गर्दा बिग्रिएको फाइल छुट्टै सारिनेछ र सबैभन्दा नयाँ प्रमाणित ब्याकअप प्रस्ताव गरिनेछ।</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Database checked; today's backup was taken (%1).</source>
            <translation>डाटाबेस जाँच गरियो; आजको ब्याकअप लिइयो (%1)।</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Database checked.</source>
            <translation>डाटाबेस जाँच गरियो।</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="../ui/labels.py" line="-85" />
            <source>Open</source>
            <translation>खुला</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referred</source>
            <translation>रेफर गरिएको</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Waiting</source>
            <translation>पर्खिरहेको</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Closed</source>
            <translation>बन्द</translation>
        </message>
    </context>
    <context>
        <name>SuggestionsPanel</name>
        <message>
            <location filename="../ui/forms/suggestions.py" line="+43" />
            <source>Tick the entries you answered with</source>
            <translation>तपाईंले उत्तर दिन प्रयोग गरेका प्रविष्टिहरूमा चिनो लगाउनुहोस्</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Copy for SNS</source>
            <translation>SNS का लागि कपी</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the chosen answer in the consultation's language, for Messenger, Zalo or LINE</source>
            <translation>छानिएको उत्तर परामर्शको भाषामा Messenger, Zalo वा LINE का लागि कपी गर्नुहोस्</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Tick the answers you used.</source>
            <translation>तपाईंले प्रयोग गरेका उत्तरहरूमा चिनो लगाउनुहोस्।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a topic or write what was asked to see suggested answers.</source>
            <translation>सुझाव गरिएका उत्तरहरू हेर्न विषय छान्नुहोस् वा के सोधियो लेख्नुहोस्।</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Copied</source>
            <translation>कपी गरियो</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <location filename="../ui/sync_jobs.py" line="+36" />
            <source>Syncing with the other devices…</source>
            <translation>अन्य उपकरणहरूसँग सिङ्क हुँदैछ…</translation>
        </message>
        <message>
            <location filename="../ui/pages/devices.py" line="-185" />
            <source>Synced: %1 added, %2 updated, %3 deleted, %4 new conflicts.</source>
            <translation>सिङ्क भयो: %1 थपियो, %2 अद्यावधिक, %3 मेटियो, %4 नयाँ द्वन्द्व।</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Packets refused: %1.</source>
            <translation>अस्वीकार गरिएका प्याकेट: %1।</translation>
        </message>
    </context>
    <context>
        <name>TableImport</name>
        <message>
            <location filename="../app/tableimport/messages.py" line="+41" />
            <source>Date</source>
            <translation>मिति</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time</source>
            <translation>समय</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>नाम</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reading (katakana)</source>
            <translation>उच्चारण (काताकाना)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationality</source>
            <translation>राष्ट्रियता</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language</source>
            <translation>भाषा</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channel</source>
            <translation>माध्यम</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Topics</source>
            <translation>विषयहरू</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was asked</source>
            <translation>के सोधियो</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was done</source>
            <translation>के गरियो</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes (kept with what was done)</source>
            <translation>टिप्पणी (के गरियो सँगै राखिन्छ)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minutes</source>
            <translation>मिनेट</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>स्थिति</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interpreter</source>
            <translation>दोभाषे</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled mark</source>
            <translation>रद्द चिन्ह</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth</source>
            <translation>जन्म मिति</translation>
        </message>
        <message>
            <location line="+2" />
            <source>End of the period of stay</source>
            <translation>बसाइ अवधिको अन्त्य</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Residence status</source>
            <translation>बसाइ स्थिति</translation>
        </message>
        <message>
            <location line="+2" />
            <source>District</source>
            <translation>क्षेत्र</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Topic</source>
            <translation>विषय</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(leave out)</source>
            <translation>(समावेश नगर्ने)</translation>
        </message>
        <message>
            <location filename="../ui/table_import_rows.py" line="-43" />
            <source>Import</source>
            <translation>आयात</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skip</source>
            <translation>छोड्ने</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Problem</source>
            <translation>समस्या</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check</source>
            <translation>जाँच्नुपर्ने</translation>
        </message>
        <message>
            <location line="+67" />
            <source>new %1: %2</source>
            <translation>नयाँ %1: %2</translation>
        </message>
    </context>
    <context>
        <name>TableImportWizard</name>
        <message>
            <location filename="../ui/table_import.py" line="-124" />
            <location line="+19" />
            <source>Import from Excel/CSV</source>
            <translation>Excel/CSV बाट आयात</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spreadsheets (*.xlsx *.xls *.csv *.txt)</source>
            <translation>स्प्रेडसिटहरू (*.xlsx *.xls *.csv *.txt)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Load mapping profile</source>
            <translation>म्यापिङ प्रोफाइल लोड गर्नुहोस्</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Making the preview…</source>
            <translation>पूर्वावलोकन बनाउँदै…</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Importing…</source>
            <translation>आयात हुँदैछ…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Updating residents…</source>
            <translation>बासिन्दाहरू अद्यावधिक गर्दै…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Save the import report</source>
            <translation>आयात प्रतिवेदन सुरक्षित गर्नुहोस्</translation>
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
            <translation>आज, %1</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Residence cards: period of stay ends within %1 days (%2)</source>
            <translation>निवास कार्ड: %1 दिनभित्र बसाइ अवधि सकिने (%2)</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Follow-ups overdue (%1)</source>
            <translation>म्याद नाघेका फलो-अप (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Follow-ups due today (%1)</source>
            <translation>आज गर्नुपर्ने फलो-अप (%1)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open consultations (%1)</source>
            <translation>खुला परामर्शहरू (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>— the newest %1 shown</source>
            <translation>— पछिल्ला %1 देखाइएका</translation>
        </message>
    </context>
    <context>
        <name>TownNotesPage</name>
        <message>
            <location filename="../ui/pages/town_notes.py" line="+36" />
            <source>Town notes</source>
            <translation>नगर टिप्पणी</translation>
        </message>
        <message>
            <location line="+4" />
            <source>What the next person at this desk should know: who to call, how things are done in this town, what to watch out for. The notes go into the handover pack.</source>
            <translation>यो डेस्कमा आउने अर्को व्यक्तिले थाहा पाउनुपर्ने कुरा: कसलाई सम्पर्क गर्ने, यो नगरमा कामहरू कसरी गरिन्छन्, केमा ध्यान दिने। यी टिप्पणीहरू हस्तान्तरण प्याकमा समावेश हुन्छन्।</translation>
        </message>
        <message>
            <location line="+6" />
            <source>For example: 税務課の窓口は2階。ゴミカレンダーの多言語版は毎年3月に届く。</source>
            <translation>उदाहरण: 税務課の窓口は2階。ゴミカレンダーの多言語版は毎年3月に届く。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save notes</source>
            <translation>टिप्पणी सुरक्षित गर्नुहोस्</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Handover pack</source>
            <translation>हस्तान्तरण प्याक</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A folder for whoever takes over this desk: a handover document with these notes, the open consultations, the regular duties, the directory and the published knowledge base, plus the directory as spreadsheets. Residents appear by case number and initials only, unless personal data is included.</source>
            <translation>यो डेस्कको जिम्मा लिने जो कोहीका लागि एउटा फोल्डर: यी टिप्पणी, खुला परामर्शहरू, नियमित कामहरू, निर्देशिका र प्रकाशित ज्ञान भण्डारसहितको हस्तान्तरण कागजात, साथै स्प्रेडसिटको रूपमा निर्देशिका। व्यक्तिगत डाटा समावेश नगरेसम्म बासिन्दाहरू केस नम्बर र नामका आद्याक्षरले मात्र देखिन्छन्।</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Include personal data (residents' full names)</source>
            <translation>व्यक्तिगत डाटा समावेश गर्नुहोस् (बासिन्दाहरूको पूरा नाम)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Without it, open cases show initials and the case number.</source>
            <translation>यो बिना, खुला केसहरूमा आद्याक्षर र केस नम्बर देखिन्छ।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only an administrator can include personal data.</source>
            <translation>व्यक्तिगत डाटा प्रशासकले मात्र समावेश गर्न सक्छन्।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make handover pack…</source>
            <translation>हस्तान्तरण प्याक बनाउनुहोस्…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Make the handover pack in</source>
            <translation>हस्तान्तरण प्याक बनाउने फोल्डर</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Saved.</source>
            <translation>सुरक्षित गरियो।</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Making the handover pack…</source>
            <translation>हस्तान्तरण प्याक बनाउँदै…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Saved:</source>
            <translation>सुरक्षित गरियो:</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <location filename="../ui/pages/users.py" line="+89" />
            <source>Each person logs in with their own name. Disabling a user removes their key: they can no longer open the database, and their past records keep their name.</source>
            <translation>हरेक व्यक्ति आफ्नै नामले लग इन गर्छ। प्रयोगकर्तालाई निष्क्रिय गर्दा उनको कुञ्जी हटाइन्छ: उनी अब डाटाबेस खोल्न सक्दैनन्, र उनका पुराना रेकर्डहरूमा उनको नाम रहन्छ।</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add user…</source>
            <translation>प्रयोगकर्ता थप्नुहोस्…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Disable…</source>
            <translation>निष्क्रिय गर्नुहोस्…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unlock</source>
            <translation>अनलक गर्नुहोस्</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Set password…</source>
            <translation>पासवर्ड सेट गर्नुहोस्…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>User name</source>
            <translation>प्रयोगकर्ता नाम</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Role</source>
            <translation>भूमिका</translation>
        </message>
        <message>
            <location line="+0" />
            <source>State</source>
            <translation>अवस्था</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Disabled</source>
            <translation>निष्क्रिय</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locked (too many failed logins)</source>
            <translation>लक गरिएको (धेरै पटक लग इन असफल)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Active</source>
            <translation>सक्रिय</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Disable user</source>
            <translation>प्रयोगकर्ता निष्क्रिय गर्नुहोस्</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disable %1? They will no longer be able to log in. This cannot be undone; add them again under a new name if needed.</source>
            <translation>%1 लाई निष्क्रिय गर्ने? उनी अब लग इन गर्न सक्ने छैनन्। यसलाई पूर्ववत् गर्न सकिँदैन; आवश्यक परे नयाँ नामले फेरि थप्नुहोस्।</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Added %1.</source>
            <translation>%1 थपियो।</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The password of %1 is changed.</source>
            <translation>%1 को पासवर्ड परिवर्तन गरियो।</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 is disabled.</source>
            <translation>%1 निष्क्रिय गरियो।</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 can log in again.</source>
            <translation>%1 फेरि लग इन गर्न सक्नुहुन्छ।</translation>
        </message>
    </context>
    <context>
        <name>ValuesPage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="-173" />
            <source>Codes for the file's words</source>
            <translation>फाइलका शब्दहरूका लागि कोड</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a code for each word that is not a code's own name, and the values for what the file has no column for. A word left without a code stops its rows.</source>
            <translation>कोडको आफ्नै नाम नभएको हरेक शब्दका लागि कोड छान्नुहोस्, र फाइलमा स्तम्भ नभएका कुराका लागि मानहरू छान्नुहोस्। कोड नदिइएको शब्दले त्यसका पङ्क्तिहरू रोक्छ।</translation>
        </message>
        <message>
            <location line="+11" />
            <source>List</source>
            <translation>सूची</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Text in the file</source>
            <translation>फाइलमा भएको पाठ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rows</source>
            <translation>पङ्क्ति संख्या</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Code</source>
            <translation>कोड</translation>
        </message>
        <message>
            <location line="+25" />
            <source>%1 where the file has none:</source>
            <translation>फाइलमा %1 नभएमा:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>(no code: the row stops)</source>
            <translation>(कोड छैन: पङ्क्ति रोकिन्छ)</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Every word of the file has a code.</source>
            <translation>फाइलका हरेक शब्दको कोड छ।</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../app/accounts.py" line="+45" />
            <location filename="../app/keyslots.py" line="+45" />
            <source>The user name or password is not right.</source>
            <translation>प्रयोगकर्ता नाम वा पासवर्ड सही छैन।</translation>
        </message>
        <message>
            <location line="+69" />
            <source>%1 already exists; a new database is only made in a new place.</source>
            <translation>%1 पहिले नै अवस्थित छ; नयाँ डाटाबेस नयाँ ठाउँमा मात्र बनाइन्छ।</translation>
        </message>
        <message>
            <location line="+63" />
            <source>This account is locked after too many failed logins; an administrator can unlock it.</source>
            <translation>धेरै पटक लग इन असफल भएकाले यो खाता लक गरिएको छ; प्रशासकले यसलाई अनलक गर्न सक्छन्।</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Too many failed logins: try again in %1 seconds.</source>
            <translation>धेरै पटक लग इन असफल भयो: %1 सेकेन्डपछि फेरि प्रयास गर्नुहोस्।</translation>
        </message>
        <message>
            <location line="+33" />
            <source>This login is refused: the list of users was changed outside Madoguchi, so your role cannot be trusted. An administrator can see it in the audit trail.</source>
            <translation>यो लग इन अस्वीकार गरियो: प्रयोगकर्ताहरूको सूची Madoguchi बाहिर परिवर्तन गरिएकाले तपाईंको भूमिकामाथि भरोसा गर्न सकिँदैन। प्रशासकले यो कुरा अडिट ट्रेलमा हेर्न सक्नुहुन्छ।</translation>
        </message>
        <message>
            <location line="+143" />
            <source>That recovery code does not open this database.</source>
            <translation>त्यो रिकभरी कोडले यो डाटाबेस खोल्दैन।</translation>
        </message>
        <message>
            <location line="+21" />
            <source>This database is not encrypted, so it has no accounts.</source>
            <translation>यो डाटाबेस इन्क्रिप्ट गरिएको छैन, त्यसैले यसमा कुनै खाता छैन।</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Only an administrator can manage users.</source>
            <translation>प्रयोगकर्ताहरू प्रशासकले मात्र व्यवस्थापन गर्न सक्छन्।</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Log out and log in again as an administrator first: this session cannot sign a change of the users list.</source>
            <translation>पहिले लग आउट गरेर प्रशासकको रूपमा फेरि लग इन गर्नुहोस्: यो सत्रले प्रयोगकर्ता सूचीको परिवर्तनमा हस्ताक्षर गर्न सक्दैन।</translation>
        </message>
        <message>
            <location line="+33" />
            <source>That user cannot log in.</source>
            <translation>यो प्रयोगकर्ताले लग इन गर्न सक्दैन।</translation>
        </message>
        <message>
            <location line="+20" />
            <source>You cannot disable your own account.</source>
            <translation>तपाईं आफ्नै खाता निष्क्रिय गर्न सक्नुहुन्न।</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+53" />
            <source>There is no such user.</source>
            <translation>यस्तो प्रयोगकर्ता छैन।</translation>
        </message>
        <message>
            <location line="-51" />
            <source>The last administrator cannot be disabled.</source>
            <translation>अन्तिम प्रशासकलाई निष्क्रिय गर्न सकिँदैन।</translation>
        </message>
        <message>
            <location filename="../app/audit.py" line="+100" />
            <source>An audit row is written only inside a write transaction.</source>
            <translation>अडिट पङ्क्ति लेखन ट्रान्ज्याक्सनभित्र मात्र लेखिन्छ।</translation>
        </message>
        <message>
            <location line="+199" />
            <source>Only an administrator can read the audit trail.</source>
            <translation>अडिट ट्रेल प्रशासकले मात्र पढ्न सक्छन्।</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../app/reports/build.py" line="+54" />
            <source>%1 is not a date; write it as YYYY-MM-DD.</source>
            <translation>%1 मिति होइन; यसलाई YYYY-MM-DD रूपमा लेख्नुहोस्।</translation>
        </message>
        <message>
            <location filename="../app/backup.py" line="+40" />
            <location filename="../app/cli.py" line="+236" />
            <location filename="../app/db.py" line="+97" />
            <source>There is no database at %1.</source>
            <translation>%1 मा कुनै डाटाबेस छैन।</translation>
        </message>
        <message>
            <location line="+48" />
            <source>The backup folder %1 is not there (is the drive plugged in?).</source>
            <translation>ब्याकअप फोल्डर %1 भेटिएन (ड्राइभ जोडिएको छ?)।</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Madoguchi cannot write to the backup folder %1.</source>
            <translation>Madoguchi ले ब्याकअप फोल्डर %1 मा लेख्न सक्दैन।</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Give the backup folder as a full path, not %1.</source>
            <translation>ब्याकअप फोल्डर %1 जस्तो होइन, पूरा पाथको रूपमा दिनुहोस्।</translation>
        </message>
        <message>
            <location line="+61" />
            <source>This database has no file, so it cannot be backed up.</source>
            <translation>यो डाटाबेसको कुनै फाइल छैन, त्यसैले यसको ब्याकअप गर्न सकिँदैन।</translation>
        </message>
        <message>
            <location line="+21" />
            <location filename="../app/integrity.py" line="+246" />
            <source>The backup could not be made in %1 (%2).</source>
            <translation>%1 मा ब्याकअप बनाउन सकिएन (%2)।</translation>
        </message>
        <message>
            <location line="+17" />
            <source>There is no backup file at %1.</source>
            <translation>%1 मा कुनै ब्याकअप फाइल छैन।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is not encrypted, so it is not a Madoguchi backup.</source>
            <translation>%1 इन्क्रिप्ट गरिएको छैन, त्यसैले यो Madoguchi ब्याकअप होइन।</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The backup %1 does not open with this database's key: it is damaged, or it belongs to another database.</source>
            <translation>ब्याकअप %1 यो डाटाबेसको कुञ्जीले खुल्दैन: यो बिग्रिएको छ, वा अर्को डाटाबेसको हो।</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The backup %1 is damaged (%2).</source>
            <translation>ब्याकअप %1 बिग्रिएको छ (%2)।</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The backup %1 is damaged (integrity_check: %2).</source>
            <translation>ब्याकअप %1 बिग्रिएको छ (integrity_check: %2)।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is not a Madoguchi backup.</source>
            <translation>%1 Madoguchi ब्याकअप होइन।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The backup %1 was made by a newer Madoguchi.</source>
            <translation>ब्याकअप %1 Madoguchi को नयाँ संस्करणले बनाएको हो।</translation>
        </message>
        <message>
            <location line="+198" />
            <source>A database cannot be restored from itself.</source>
            <translation>डाटाबेसलाई आफैँबाट पुनर्स्थापना गर्न सकिँदैन।</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The backup could not be restored (%1); the current file was not replaced.</source>
            <translation>ब्याकअप पुनर्स्थापना गर्न सकिएन (%1); हालको फाइल बदलिएको छैन।</translation>
        </message>
        <message>
            <location line="+71" />
            <source>The damaged database could not be moved aside (%1); it was not deleted.</source>
            <translation>बिग्रिएको डाटाबेस छुट्टै सार्न सकिएन (%1); यसलाई मेटाइएको छैन।</translation>
        </message>
        <message>
            <location filename="../app/backup_cli.py" line="+42" />
            <source>Only an administrator can change the backup folder.</source>
            <translation>ब्याकअप फोल्डर प्रशासकले मात्र परिवर्तन गर्न सक्छन्।</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Only an administrator can restore a backup.</source>
            <translation>ब्याकअप प्रशासकले मात्र पुनर्स्थापना गर्न सक्छन्।</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../app/services.py" line="+128" />
            <source>This database has no file.</source>
            <translation>यो डाटाबेसको कुनै फाइल छैन।</translation>
        </message>
        <message>
            <location filename="../app/check.py" line="+56" />
            <source>%1 is damaged or is not a Madoguchi database (%2).</source>
            <translation>%1 बिग्रिएको छ वा Madoguchi डाटाबेस होइन (%2)।</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="-207" />
            <source>The window is not part of this installation.</source>
            <translation>यो स्थापनामा विन्डो समावेश छैन।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is empty (0 bytes) and was kept as it is; the newest backup that opens is %2 (madoguchi restore --from %2).</source>
            <translation>%1 खाली छ (0 बाइट) र जस्ताको तस्तै राखिएको छ; खुल्ने सबैभन्दा नयाँ ब्याकअप %2 हो (madoguchi restore --from %2)।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is empty (0 bytes) and was kept as it is; no backup that opens was found, so please call your IT staff.</source>
            <translation>%1 खाली छ (0 बाइट) र जस्ताको तस्तै राखिएको छ; खुल्ने कुनै ब्याकअप भेटिएन, त्यसैले कृपया आफ्नो IT कर्मचारीलाई सम्पर्क गर्नुहोस्।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is damaged and was not changed; the newest backup that opens is %2 (madoguchi restore --from %2).</source>
            <translation>%1 बिग्रिएको छ र यसलाई परिवर्तन गरिएको छैन; खुल्ने सबैभन्दा नयाँ ब्याकअप %2 हो (madoguchi restore --from %2)।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is open in a Madoguchi window, and this command changes records: close the window (or quit Madoguchi) first, then run the command again. Nothing was changed.</source>
            <translation>%1 Madoguchi को विन्डोमा खुला छ, र यो आदेशले अभिलेख बदल्छ: पहिले विन्डो बन्द गर्नुहोस् (वा Madoguchi बन्द गर्नुहोस्), अनि आदेश फेरि चलाउनुहोस्। केही बदलिएन।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is damaged and was not changed; no backup that opens was found, so please call your IT staff.</source>
            <translation>%1 बिग्रिएको छ र यसलाई परिवर्तन गरिएको छैन; खुल्ने कुनै ब्याकअप भेटिएन, त्यसैले कृपया आफ्नो IT कर्मचारीलाई सम्पर्क गर्नुहोस्।</translation>
        </message>
        <message>
            <location line="+146" />
            <source>No password: set %1, or run the command in a terminal to be asked for it.</source>
            <translation>पासवर्ड छैन: %1 सेट गर्नुहोस्, वा पासवर्ड सोधियोस् भनेर कमान्ड टर्मिनलमा चलाउनुहोस्।</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The two passwords are not the same; nothing was made.</source>
            <translation>दुवै पासवर्ड एउटै छैनन्; केही पनि बनाइएन।</translation>
        </message>
        <message>
            <location line="+44" />
            <source>%1 is not encrypted; Madoguchi keeps records only in encrypted databases. It was not changed.</source>
            <translation>%1 इन्क्रिप्ट गरिएको छैन; Madoguchi ले रेकर्डहरू इन्क्रिप्ट गरिएका डाटाबेसमा मात्र राख्छ। यसलाई परिवर्तन गरिएको छैन।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The key file %1 is missing beside the database, so it cannot be opened.</source>
            <translation>डाटाबेसको छेउमा कुञ्जी फाइल %1 छैन, त्यसैले यसलाई खोल्न सकिँदैन।</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This database is encrypted: give --user NAME (the password comes from %1 or a prompt).</source>
            <translation>यो डाटाबेस इन्क्रिप्ट गरिएको छ: --user NAME दिनुहोस् (पासवर्ड %1 बाट वा प्रम्प्टबाट लिइन्छ)।</translation>
        </message>
        <message>
            <location line="+81" />
            <source>A demo town has 1 to 100,000 residents and 1 to 50 years.</source>
            <translation>डेमो नगरमा 1 देखि 100,000 सम्म बासिन्दा र 1 देखि 50 वर्षसम्म हुन सक्छन्।</translation>
        </message>
        <message>
            <location filename="../app/consultations.py" line="+25" />
            <source>That consultation no longer exists.</source>
            <translation>त्यो परामर्श अब अवस्थित छैन।</translation>
        </message>
        <message>
            <location line="+66" />
            <source>That accompaniment no longer exists.</source>
            <translation>त्यो सँगै जाने सहयोग अब अवस्थित छैन।</translation>
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
            <translation>फोल्डर %1 अवस्थित छैन।</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="-92" />
            <location filename="../app/db.py" line="+3" />
            <source>%1 is a folder, not a database file.</source>
            <translation>%1 फोल्डर हो, डाटाबेस फाइल होइन।</translation>
        </message>
        <message>
            <location filename="../app/db.py" line="+3" />
            <source>%1 is not encrypted, so it cannot be opened as an encrypted database; it was not changed.</source>
            <translation>%1 इन्क्रिप्ट गरिएको छैन, त्यसैले यसलाई इन्क्रिप्ट गरिएको डाटाबेसको रूपमा खोल्न सकिँदैन; यसलाई परिवर्तन गरिएको छैन।</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The database %1 cannot be opened (%2).</source>
            <translation>डाटाबेस %1 खोल्न सकिँदैन (%2)।</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+41" />
            <source>The database key has the wrong length.</source>
            <translation>डाटाबेस कुञ्जीको लम्बाइ गलत छ।</translation>
        </message>
        <message>
            <location line="-27" />
            <source>The database %1 cannot use write-ahead logging.</source>
            <translation>डाटाबेस %1 ले write-ahead logging (WAL) प्रयोग गर्न सक्दैन।</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 is encrypted or is not a Madoguchi database: log in to open it. It was not changed.</source>
            <translation>%1 इन्क्रिप्ट गरिएको छ वा Madoguchi डाटाबेस होइन: यसलाई खोल्न लग इन गर्नुहोस्। यसलाई परिवर्तन गरिएको छैन।</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 could not be decrypted: the file is damaged, or its key file belongs to another database. It was not changed.</source>
            <translation>%1 डिक्रिप्ट गर्न सकिएन: फाइल बिग्रिएको छ, वा यसको कुञ्जी फाइल अर्को डाटाबेसको हो। यसलाई परिवर्तन गरिएको छैन।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is damaged or is not a Madoguchi database; it was not changed.</source>
            <translation>%1 बिग्रिएको छ वा Madoguchi डाटाबेस होइन; यसलाई परिवर्तन गरिएको छैन।</translation>
        </message>
        <message>
            <location line="+57" />
            <source>The backup %1 did not verify (%2).</source>
            <translation>ब्याकअप %1 प्रमाणित हुन सकेन (%2)।</translation>
        </message>
        <message>
            <location filename="../app/demo.py" line="-10" />
            <source>A demo town needs at least one resident and one year.</source>
            <translation>डेमो नगरका लागि कम्तीमा एक बासिन्दा र एक वर्ष चाहिन्छ।</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+3" />
            <location line="+29" />
            <source>%1 already exists; the demo is only written to a new file.</source>
            <translation>%1 पहिले नै अवस्थित छ; डेमो नयाँ फाइलमा मात्र लेखिन्छ।</translation>
        </message>
        <message>
            <location filename="../app/directory.py" line="+36" />
            <source>That organisation no longer exists.</source>
            <translation>त्यो संस्था अब अवस्थित छैन।</translation>
        </message>
        <message>
            <location line="+43" />
            <source>That bridge person no longer exists.</source>
            <translation>त्यो ब्रिज व्यक्तिको रेकर्ड अब अवस्थित छैन।</translation>
        </message>
        <message>
            <location filename="../app/exchange_check.py" line="+60" />
            <source>%1, field '%2': has the wrong type. Nothing was imported.</source>
            <translation>%1, फिल्ड '%2': प्रकार गलत छ। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="+33" />
            <source>%1, field '%2': %3 Nothing was imported.</source>
            <translation>%1, फिल्ड '%2': %3 केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="+37" />
            <source>The file is not a Madoguchi export (field 'format'). Nothing was imported.</source>
            <translation>यो फाइल Madoguchi निर्यात फाइल होइन (फिल्ड 'format')। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The file has format version %1; this Madoguchi reads version %2. Nothing was imported.</source>
            <translation>फाइलको ढाँचा संस्करण %1 हो; यो Madoguchi ले संस्करण %2 पढ्छ। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Field 'code_items' must be a list. Nothing was imported.</source>
            <translation>फिल्ड 'code_items' सूची हुनुपर्छ। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1, field '%2': needs list, code, label_ja, label_en. Nothing was imported.</source>
            <translation>%1, फिल्ड '%2': list, code, label_ja, label_en चाहिन्छ। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1, field '%2': sort_order must be a whole number and active true or false. Nothing was imported.</source>
            <translation>%1, फिल्ड '%2': sort_order पूर्ण संख्या र active true वा false हुनुपर्छ। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+22" />
            <location filename="../app/kbpack.py" line="+78" />
            <source>Field '%1' must be a list. Nothing was imported.</source>
            <translation>फिल्ड '%1' सूची हुनुपर्छ। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="-9" />
            <source>%1, field '%2': refers to a resident that is neither in the file nor in the database. Nothing was imported.</source>
            <translation>%1, फिल्ड '%2': फाइलमा पनि डाटाबेसमा पनि नभएको बासिन्दालाई जनाउँछ। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="+33" />
            <source>%1, field '%2': a deleted record that is also in the file or in the database. Nothing was imported.</source>
            <translation>%1, क्षेत्र '%2': मेटाइएको अभिलेख फाइल वा डाटाबेसमा पनि छ। केही आयात गरिएन।</translation>
        </message>
        <message>
            <location line="+32" />
            <location filename="../app/kbpack.py" line="-48" />
            <source>%1, field '%2': is not an object. Nothing was imported.</source>
            <translation>%1, फिल्ड '%2': वस्तु (object) होइन। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1, field '%2': missing or not a text. Nothing was imported.</source>
            <translation>%1, फिल्ड '%2': छैन वा टेक्स्ट होइन। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': not a UUID. Nothing was imported.</source>
            <translation>%1, फिल्ड '%2': UUID होइन। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, field '%2': appears twice in the file. Nothing was imported.</source>
            <translation>%1, फिल्ड '%2': फाइलमा दुई पटक देखिन्छ। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, field '%2': this record is already in the database. Nothing was imported.</source>
            <translation>%1, फिल्ड '%2': यो रेकर्ड पहिले नै डाटाबेसमा छ। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../app/kbpack.py" line="+5" />
            <source>%1, field '%2': unknown field. Nothing was imported.</source>
            <translation>%1, फिल्ड '%2': अज्ञात फिल्ड। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../app/kbpack.py" line="+5" />
            <source>%1, field '%2': missing. Nothing was imported.</source>
            <translation>%1, फिल्ड '%2': छैन। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1, field '%2': not a date and time. Nothing was imported.</source>
            <translation>%1, फिल्ड '%2': मिति र समय होइन। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': longer than a user name can be. Nothing was imported.</source>
            <translation>%1, फिल्ड '%2': प्रयोगकर्ता नाम हुन सक्नेभन्दा लामो छ। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1, field '%2': refers to a record that is neither in the file nor in the database. Nothing was imported.</source>
            <translation>%1, फिल्ड '%2': फाइलमा पनि डाटाबेसमा पनि नभएको रेकर्डलाई जनाउँछ। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1, field '%2': each link needs 'related' and 'relation'. Nothing was imported.</source>
            <translation>%1, फिल्ड '%2': हरेक लिङ्कमा 'related' र 'relation' चाहिन्छ। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': a resident cannot be linked to themselves. Nothing was imported.</source>
            <translation>%1, फिल्ड '%2': बासिन्दालाई आफैँसँग जोड्न सकिँदैन। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1, field '%2': refers to a resident that is not there. Nothing was imported.</source>
            <translation>%1, फिल्ड '%2': नभएको बासिन्दालाई जनाउँछ। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="-263" />
            <source>Some of these records were added to the database while the file was being imported (the same file imported twice at once?). Nothing was imported.</source>
            <translation>फाइल आयात भइरहेका बेला यीमध्ये केही रेकर्डहरू डाटाबेसमा थपिए (एउटै फाइल एकै समयमा दुई पटक आयात गरियो?)। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location filename="../app/files.py" line="-86" />
            <source>The disk is full, so %1 was not written; nothing was left half-written. Free some space and try again.</source>
            <translation>डिस्क भरिएको छ, त्यसैले %1 लेखिएन; केही पनि आधा लेखिएको अवस्थामा छोडिएको छैन। केही ठाउँ खाली गरी फेरि प्रयास गर्नुहोस्।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 could not be written (%2); nothing was left half-written.</source>
            <translation>%1 लेख्न सकिएन (%2); केही पनि आधा लेखिएको अवस्थामा छोडिएको छैन।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is a folder: give the name of a file to write.</source>
            <translation>%1 फोल्डर हो: लेख्ने फाइलको नाम दिनुहोस्।</translation>
        </message>
        <message>
            <location line="+121" />
            <source>%1 is a folder, not a Madoguchi export.</source>
            <translation>%1 फोल्डर हो, Madoguchi निर्यात फाइल होइन।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not a Madoguchi export.</source>
            <translation>%1 Madoguchi निर्यात फाइल होइन।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is a folder, not a Madoguchi knowledge pack.</source>
            <translation>%1 फोल्डर हो, Madoguchi ज्ञान भण्डार प्याक होइन।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not a Madoguchi knowledge pack.</source>
            <translation>%1 Madoguchi ज्ञान भण्डार प्याक होइन।</translation>
        </message>
        <message>
            <location line="+57" />
            <source>%1 names the same field twice in one record, so it is not clear which value counts; nothing was read from it.</source>
            <translation>%1 ले एउटै रेकर्डमा एउटै फिल्ड दुई पटक उल्लेख गरेकाले कुन मान मान्य हो स्पष्ट छैन; यसबाट केही पनि पढिएन।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is nested too deeply to be a Madoguchi file (at %2).</source>
            <translation>%1 धेरै गहिरोसम्म नेस्टेड छ, त्यसैले यो Madoguchi फाइल हुन सक्दैन (%2 मा)।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 holds a number too large for any field (at %2).</source>
            <translation>%1 मा कुनै पनि फिल्डका लागि धेरै ठूलो संख्या छ (%2 मा)।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 holds a control or text-direction character that no record may contain (at %2).</source>
            <translation>%1 मा कुनै पनि रेकर्डमा राख्न नमिल्ने नियन्त्रण वा पाठ-दिशा क्यारेक्टर छ (%2 मा)।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is larger than 512 MB, too large to be a Madoguchi file.</source>
            <translation>%1 को आकार 512 MB भन्दा बढी छ; Madoguchi फाइल हुनका लागि यो धेरै ठूलो हो।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is not an ordinary file.</source>
            <translation>%1 सामान्य फाइल होइन।</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is a folder, not %2.</source>
            <translation>%1 फोल्डर हो, %2 होइन।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not %2.</source>
            <translation>%1 %2 होइन।</translation>
        </message>
        <message>
            <location line="+12" />
            <location filename="../app/sync_cli.py" line="+22" />
            <source>There is no file %1.</source>
            <translation>फाइल %1 छैन।</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 cannot be read as UTF-8 text (%2).</source>
            <translation>%1 लाई UTF-8 टेक्स्टको रूपमा पढ्न सकिँदैन (%2)।</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is not valid JSON (line %2: %3).</source>
            <translation>%1 मान्य JSON होइन (लाइन %2: %3)।</translation>
        </message>
        <message>
            <location filename="../app/instance.py" line="+19" />
            <source>This database is already open in another Madoguchi window (perhaps of another user of this computer); close it there first.</source>
            <translation>यो डाटाबेस अर्को Madoguchi विन्डोमा पहिले नै खुला छ (सायद यो कम्प्युटरको अर्को प्रयोगकर्ताको); पहिले त्यहाँ बन्द गर्नुहोस्।</translation>
        </message>
        <message>
            <location line="+96" />
            <source>Madoguchi cannot create the lock file %1 beside the database (%2).</source>
            <translation>Madoguchi ले डाटाबेसको छेउमा लक फाइल %1 बनाउन सक्दैन (%2)।</translation>
        </message>
        <message>
            <location filename="../app/kbpack.py" line="-117" />
            <source>%1, field '%2': appears twice in the pack. Nothing was imported.</source>
            <translation>%1, फिल्ड '%2': प्याकमा दुई पटक देखिन्छ। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Set the town's name (Settings) before exporting a knowledge pack: every entry carries the town it came from.</source>
            <translation>ज्ञान भण्डार प्याक निर्यात गर्नुअघि नगरको नाम (सेटिङहरू) सेट गर्नुहोस्: हरेक प्रविष्टिमा त्यो आएको नगरको नाम हुन्छ।</translation>
        </message>
        <message>
            <location line="+49" />
            <source>%1 is not a Madoguchi knowledge pack (field 'format').</source>
            <translation>%1 Madoguchi ज्ञान भण्डार प्याक होइन (फिल्ड 'format')।</translation>
        </message>
        <message>
            <location line="+34" />
            <source>%1, field '%2': is too short to be a UUID. Nothing was imported.</source>
            <translation>%1, फिल्ड '%2': UUID हुन धेरै छोटो छ। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="+15" />
            <source>This is not a Madoguchi knowledge pack (field 'format'). Nothing was imported.</source>
            <translation>यो Madoguchi ज्ञान भण्डार प्याक होइन (फिल्ड 'format')। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The pack has format version %1; this Madoguchi reads version %2. Nothing was imported.</source>
            <translation>प्याकको ढाँचा संस्करण %1 हो; यो Madoguchi ले संस्करण %2 पढ्छ। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The pack does not say which town it came from (field 'town'). Nothing was imported.</source>
            <translation>प्याक कुन नगरबाट आएको हो भनी उल्लेख छैन (फिल्ड 'town')। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1, field '%2': must be a list of codes. Nothing was imported.</source>
            <translation>%1, फिल्ड '%2': कोडहरूको सूची हुनुपर्छ। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="+21" />
            <source>%1, field '%2': each text needs exactly 'language', 'question' and 'answer', as text. Nothing was imported.</source>
            <translation>%1, फिल्ड '%2': हरेक पाठमा ठ्याक्कै 'language', 'question' र 'answer' टेक्स्टको रूपमा हुनुपर्छ। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': must be a list of document names. Nothing was imported.</source>
            <translation>%1, फिल्ड '%2': कागजातका नामहरूको सूची हुनुपर्छ। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1, field '%2': must be a list of organisation UUIDs. Nothing was imported.</source>
            <translation>%1, फिल्ड '%2': संस्थाका UUID हरूको सूची हुनुपर्छ। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': refers to an organisation that is neither in the pack nor in the directory. Nothing was imported.</source>
            <translation>%1, फिल्ड '%2': प्याकमा पनि निर्देशिकामा पनि नभएको संस्थालाई जनाउँछ। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1, field '%2': another entry of the pack has the same topic and Japanese question. Nothing was imported.</source>
            <translation>%1, फिल्ड '%2': प्याकको अर्को प्रविष्टिमा उही विषय र जापानी प्रश्न छ। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location filename="../app/keyslots.py" line="-1" />
            <source>The key file %1 is damaged.</source>
            <translation>कुञ्जी फाइल %1 बिग्रिएको छ।</translation>
        </message>
        <message>
            <location line="+172" />
            <source>The key file %1 is missing beside the database, so the database cannot be opened.</source>
            <translation>डाटाबेसको छेउमा कुञ्जी फाइल %1 छैन, त्यसैले डाटाबेस खोल्न सकिँदैन।</translation>
        </message>
        <message>
            <location filename="../app/knowledge.py" line="+95" />
            <source>That knowledge entry no longer exists.</source>
            <translation>त्यो ज्ञान भण्डार प्रविष्टि अब अवस्थित छैन।</translation>
        </message>
        <message>
            <location line="+165" />
            <source>This answer has no text in that language yet; it has %1.</source>
            <translation>यो उत्तर त्यो भाषामा अझै छैन; उपलब्ध: %1।</translation>
        </message>
        <message>
            <location filename="../app/languages.py" line="+31" />
            <source>Unknown language %1; use one of: %2.</source>
            <translation>अज्ञात भाषा %1; यीमध्ये एउटा प्रयोग गर्नुहोस्: %2।</translation>
        </message>
        <message>
            <location filename="../app/migrations.py" line="+48" />
            <source>Unexpected file in the migrations folder: %1.</source>
            <translation>माइग्रेसन फोल्डरमा अनपेक्षित फाइल: %1।</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Migration %1 is missing.</source>
            <translation>माइग्रेसन %1 छैन।</translation>
        </message>
        <message>
            <location line="+22" />
            <location filename="../app/store.py" line="+279" />
            <source>This database was made by a newer Madoguchi (schema %1; this version knows up to %2). It was not changed: please update Madoguchi.</source>
            <translation>यो डाटाबेस Madoguchi को नयाँ संस्करणले बनाएको हो (स्किमा %1; यो संस्करणले %2 सम्म मात्र चिन्छ)। यसलाई परिवर्तन गरिएको छैन: कृपया Madoguchi अद्यावधिक गर्नुहोस्।</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Updating the database to schema %1 (%2) failed: %3. The database is unchanged at schema %4.</source>
            <translation>डाटाबेसलाई स्किमा %1 (%2) मा अद्यावधिक गर्न असफल भयो: %3। डाटाबेस स्किमा %4 मै अपरिवर्तित छ।</translation>
        </message>
        <message>
            <location filename="../app/progress.py" line="+16" />
            <source>Cancelled; nothing was changed.</source>
            <translation>रद्द गरियो; केही पनि परिवर्तन गरिएन।</translation>
        </message>
        <message>
            <location filename="../app/reports/build.py" line="-45" />
            <source>Unknown format %1; choose from %2.</source>
            <translation>अज्ञात ढाँचा %1; %2 मध्येबाट छान्नुहोस्।</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is not a month; write it as YYYY-MM.</source>
            <translation>%1 महिना होइन; यसलाई YYYY-MM रूपमा लेख्नुहोस्।</translation>
        </message>
        <message>
            <location line="+79" />
            <source>The annual report was not written: the disclosure audit found %1 hidden figure(s) that could be narrowed down to less than %2 (first: %3).</source>
            <translation>वार्षिक प्रतिवेदन लेखिएन: खुलासा लेखापरीक्षणले %2 भन्दा साँघुरो दायरामा अनुमान गर्न सकिने %1 लुकाइएका अङ्क भेट्टायो (पहिलो: %3)।</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 is not a fiscal year Madoguchi can report on.</source>
            <translation>%1 Madoguchi ले प्रतिवेदन बनाउन सक्ने आर्थिक वर्ष होइन।</translation>
        </message>
        <message>
            <location filename="../app/reports/fonts.py" line="+94" />
            <source>The font file %1 is missing from %2; reinstall Madoguchi.</source>
            <translation>%2 मा फन्ट फाइल %1 छैन; Madoguchi फेरि स्थापना गर्नुहोस्।</translation>
        </message>
        <message>
            <location filename="../app/reports/mail.py" line="+35" />
            <source>The mail subject uses an unknown placeholder {%1}; known ones are: %2.</source>
            <translation>मेलको विषयमा अज्ञात प्लेसहोल्डर {%1} प्रयोग गरिएको छ; ज्ञात प्लेसहोल्डरहरू: %2।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail body uses an unknown placeholder {%1}; known ones are: %2.</source>
            <translation>मेलको सन्देशमा अज्ञात प्लेसहोल्डर {%1} प्रयोग गरिएको छ; ज्ञात प्लेसहोल्डरहरू: %2।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail template uses an unknown placeholder {%1}; known ones are: %2.</source>
            <translation>मेल टेम्प्लेटमा अज्ञात प्लेसहोल्डर {%1} प्रयोग गरिएको छ; ज्ञात प्लेसहोल्डरहरू: %2।</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail subject has a broken placeholder; write placeholders as {town} and a literal brace as {{ or }}.</source>
            <translation>मेलको विषयमा बिग्रिएको प्लेसहोल्डर छ; प्लेसहोल्डर {town} जस्तै लेख्नुहोस्, र कोष्ठक चिह्न मात्र लेख्न {{ वा }} प्रयोग गर्नुहोस्।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail body has a broken placeholder; write placeholders as {town} and a literal brace as {{ or }}.</source>
            <translation>मेलको सन्देशमा बिग्रिएको प्लेसहोल्डर छ; प्लेसहोल्डर {town} जस्तै लेख्नुहोस्, र कोष्ठक चिह्न मात्र लेख्न {{ वा }} प्रयोग गर्नुहोस्।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail template has a broken placeholder; write placeholders as {town} and a literal brace as {{ or }}.</source>
            <translation>मेल टेम्प्लेटमा बिग्रिएको प्लेसहोल्डर छ; प्लेसहोल्डर {town} जस्तै लेख्नुहोस्, र कोष्ठक चिह्न मात्र लेख्न {{ वा }} प्रयोग गर्नुहोस्।</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The sender address is empty.</source>
            <translation>पठाउने ठेगाना खाली छ।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The recipient address is empty.</source>
            <translation>प्रापकको ठेगाना खाली छ।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The sender address %1 is not valid.</source>
            <translation>पठाउने ठेगाना %1 मान्य छैन।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The recipient address %1 is not valid.</source>
            <translation>प्रापकको ठेगाना %1 मान्य छैन।</translation>
        </message>
        <message>
            <location line="+79" />
            <source>%1 is a monthly report, for use inside the town hall only; it is never attached to the mail to the prefecture.</source>
            <translation>%1 मासिक प्रतिवेदन हो, नगर कार्यालयभित्र मात्र प्रयोग हुन्छ; प्रिफेक्चरलाई पठाइने इमेलमा कहिल्यै संलग्न गरिँदैन।</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1: files are attached as they are, never zipped.</source>
            <translation>%1: फाइलहरू जस्ताको तस्तै संलग्न गरिन्छन्, कहिल्यै zip गरिँदैनन्।</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The attachment %1 could not be read.</source>
            <translation>संलग्न फाइल %1 पढ्न सकिएन।</translation>
        </message>
        <message>
            <location line="+80" />
            <source>The password could not be read from the system keyring.</source>
            <translation>सिस्टम किरिङबाट पासवर्ड पढ्न सकिएन।</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Enter the SMTP user name before saving a password.</source>
            <translation>पासवर्ड सुरक्षित गर्नुअघि SMTP प्रयोगकर्ता नाम लेख्नुहोस्।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No secure keyring is available on this computer, so the password cannot be saved; it will be asked for each time.</source>
            <translation>यो कम्प्युटरमा कुनै सुरक्षित किरिङ उपलब्ध छैन, त्यसैले पासवर्ड सुरक्षित गर्न सकिँदैन; यो हरेक पटक सोधिनेछ।</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The password could not be saved in the system keyring.</source>
            <translation>सिस्टम किरिङमा पासवर्ड सुरक्षित गर्न सकिएन।</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The password could not be removed from the system keyring.</source>
            <translation>सिस्टम किरिङबाट पासवर्ड हटाउन सकिएन।</translation>
        </message>
        <message>
            <location line="+15" />
            <source>No password was given and no secure keyring is available on this computer; enter the SMTP password to send.</source>
            <translation>कुनै पासवर्ड दिइएको छैन र यो कम्प्युटरमा कुनै सुरक्षित किरिङ उपलब्ध छैन; पठाउन SMTP पासवर्ड लेख्नुहोस्।</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No password was given and none is saved in the keyring for %1; enter the SMTP password to send.</source>
            <translation>कुनै पासवर्ड दिइएको छैन र किरिङमा %1 का लागि कुनै पासवर्ड सुरक्षित छैन; पठाउन SMTP पासवर्ड लेख्नुहोस्।</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No mail server (SMTP host) is set.</source>
            <translation>कुनै मेल सर्भर (SMTP होस्ट) सेट गरिएको छैन।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The password would travel unencrypted; turn on STARTTLS.</source>
            <translation>पासवर्ड इन्क्रिप्ट नगरी पठाइनेछ; STARTTLS सक्रिय गर्नुहोस्।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>SMTP login cannot send a user name or password with non-ASCII characters (e.g. full-width letters); check what was typed.</source>
            <translation>SMTP लग इनले non-ASCII अक्षर (जस्तै full-width अक्षर) भएको प्रयोगकर्ता नाम वा पासवर्ड पठाउन सक्दैन; टाइप गरिएको कुरा जाँच्नुहोस्।</translation>
        </message>
        <message>
            <location line="+36" />
            <source>The mail server %1 did not accept the user name or password.</source>
            <translation>मेल सर्भर %1 ले प्रयोगकर्ता नाम वा पासवर्ड स्वीकार गरेन।</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 does not offer STARTTLS encryption; nothing was sent.</source>
            <translation>मेल सर्भर %1 ले STARTTLS इन्क्रिप्सन प्रदान गर्दैन; केही पनि पठाइएन।</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 does not accept a login (SMTP AUTH).</source>
            <translation>मेल सर्भर %1 ले लग इन (SMTP AUTH) स्वीकार गर्दैन।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail server %1 cannot take this message.</source>
            <translation>मेल सर्भर %1 ले यो सन्देश लिन सक्दैन।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail server %1 refused the recipient address %2.</source>
            <translation>मेल सर्भर %1 ले प्रापकको ठेगाना %2 अस्वीकार गर्‍यो।</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 refused the sender address %2.</source>
            <translation>मेल सर्भर %1 ले पठाउने ठेगाना %2 अस्वीकार गर्‍यो।</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The certificate of %1 could not be verified; nothing was sent.</source>
            <translation>%1 को प्रमाणपत्र प्रमाणित गर्न सकिएन; केही पनि पठाइएन।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The encrypted connection (TLS) to %1 failed; nothing was sent.</source>
            <translation>%1 सँगको इन्क्रिप्ट गरिएको जडान (TLS) असफल भयो; केही पनि पठाइएन।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 closed the connection unexpectedly.</source>
            <translation>मेल सर्भर %1 ले अनपेक्षित रूपमा जडान बन्द गर्‍यो।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 offers no login method Madoguchi can use.</source>
            <translation>मेल सर्भर %1 ले Madoguchi ले प्रयोग गर्न सक्ने कुनै लग इन विधि प्रदान गर्दैन।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 answered with error %2; nothing was sent.</source>
            <translation>मेल सर्भर %1 ले त्रुटि %2 फर्कायो; केही पनि पठाइएन।</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 refused the connection; check the server name and port.</source>
            <translation>मेल सर्भर %1 ले जडान अस्वीकार गर्‍यो; सर्भरको नाम र पोर्ट जाँच्नुहोस्।</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server name %1 could not be found.</source>
            <translation>मेल सर्भरको नाम %1 भेटिएन।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 did not answer within %2 seconds.</source>
            <translation>मेल सर्भर %1 ले %2 सेकेन्डभित्र जवाफ दिएन।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sending through the mail server %1 failed.</source>
            <translation>मेल सर्भर %1 मार्फत पठाउन असफल भयो।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Could not connect to the mail server %1.</source>
            <translation>मेल सर्भर %1 सँग जडान गर्न सकिएन।</translation>
        </message>
        <message>
            <location filename="../app/residents.py" line="+56" />
            <source>That resident no longer exists.</source>
            <translation>त्यो बासिन्दाको रेकर्ड अब अवस्थित छैन।</translation>
        </message>
        <message>
            <location line="+50" />
            <source>This resident has %1 linked records; delete or reassign them first.</source>
            <translation>यो बासिन्दासँग %1 वटा जोडिएका रेकर्डहरू छन्; पहिले तिनलाई मेटाउनुहोस् वा अर्को बासिन्दामा तोक्नुहोस्।</translation>
        </message>
        <message>
            <location filename="../app/retention.py" line="+94" />
            <source>The retention period must be at least one year.</source>
            <translation>राख्ने अवधि कम्तीमा एक वर्ष हुनुपर्छ।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The retention period can be at most %1 years.</source>
            <translation>राख्ने अवधि बढीमा %1 वर्ष हुन सक्छ।</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Only an administrator can purge residents' records.</source>
            <translation>बासिन्दाहरूका रेकर्ड प्रशासकले मात्र स्थायी रूपमा मेटाउन सक्छन्।</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Some of those residents no longer exist; nothing was changed.</source>
            <translation>ती बासिन्दाहरूमध्ये केहीका रेकर्ड अब अवस्थित छैनन्; केही पनि परिवर्तन गरिएन।</translation>
        </message>
        <message>
            <location filename="../app/rows.py" line="+26" />
            <source>The resident no longer exists; it may have been deleted.</source>
            <translation>बासिन्दाको रेकर्ड अब अवस्थित छैन; यो मेटाइएको हुन सक्छ।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The consultation no longer exists; it may have been deleted.</source>
            <translation>परामर्श अब अवस्थित छैन; यो मेटाइएको हुन सक्छ।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The accompaniment no longer exists; it may have been deleted.</source>
            <translation>सँगै जाने सहयोग अब अवस्थित छैन; यो मेटाइएको हुन सक्छ।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The session no longer exists; it may have been deleted.</source>
            <translation>सत्र अब अवस्थित छैन; यो मेटाइएको हुन सक्छ।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The organisation no longer exists; it may have been deleted.</source>
            <translation>संस्था अब अवस्थित छैन; यो मेटाइएको हुन सक्छ।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The bridge person no longer exists; it may have been deleted.</source>
            <translation>ब्रिज व्यक्तिको रेकर्ड अब अवस्थित छैन; यो मेटाइएको हुन सक्छ।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The knowledge entry no longer exists; it may have been deleted.</source>
            <translation>ज्ञान भण्डार प्रविष्टि अब अवस्थित छैन; यो मेटाइएको हुन सक्छ।</translation>
        </message>
        <message>
            <location line="+25" />
            <source>The %1 no longer exists; it may have been deleted.</source>
            <translation>%1 अब अवस्थित छैन; यो मेटाइएको हुन सक्छ।</translation>
        </message>
        <message>
            <location filename="../app/sessions.py" line="+24" />
            <source>That session no longer exists.</source>
            <translation>त्यो सत्र अब अवस्थित छैन।</translation>
        </message>
        <message>
            <location filename="../app/storage.py" line="+27" />
            <source>The database is on a network drive, where SQLite is not safe and the file can be damaged, so please keep it on this computer's own disk.</source>
            <translation>डाटाबेस नेटवर्क ड्राइभमा छ, जहाँ SQLite सुरक्षित हुँदैन र फाइल बिग्रन सक्छ, त्यसैले कृपया यसलाई यो कम्प्युटरकै डिस्कमा राख्नुहोस्।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The database is in a folder synced by %1, where SQLite is not safe and the file can be damaged, so please move it to a folder that is not synced.</source>
            <translation>डाटाबेस %1 ले सिंक गर्ने फोल्डरमा छ, जहाँ SQLite सुरक्षित हुँदैन र फाइल बिग्रन सक्छ, त्यसैले कृपया यसलाई सिंक नहुने फोल्डरमा सार्नुहोस्।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The database is in a folder synced by a cloud storage service, where SQLite is not safe and the file can be damaged, so please move it to a folder that is not synced.</source>
            <translation>डाटाबेस क्लाउड स्टोरेज सेवाले सिंक गर्ने फोल्डरमा छ, जहाँ SQLite सुरक्षित हुँदैन र फाइल बिग्रन सक्छ, त्यसैले कृपया यसलाई सिंक नहुने फोल्डरमा सार्नुहोस्।</translation>
        </message>
        <message>
            <location filename="../app/store.py" line="-256" />
            <source>The disk is full: this record was not saved. Free some space and save again.</source>
            <translation>डिस्क भरिएको छ: यो रेकर्ड सुरक्षित गरिएन। केही ठाउँ खाली गरी फेरि सुरक्षित गर्नुहोस्।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The disk could not be written: this record was not saved. Check the drive and save again.</source>
            <translation>डिस्कमा लेख्न सकिएन: यो रेकर्ड सुरक्षित गरिएन। ड्राइभ जाँचेर फेरि सुरक्षित गर्नुहोस्।</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Only an administrator can change the settings.</source>
            <translation>सेटिङहरू प्रशासकले मात्र परिवर्तन गर्न सक्छन्।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can change the code lists.</source>
            <translation>कोड सूचीहरू प्रशासकले मात्र परिवर्तन गर्न सक्छन्।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can change the report settings.</source>
            <translation>प्रतिवेदन सेटिङ प्रशासकले मात्र परिवर्तन गर्न सक्छन्।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can export every record.</source>
            <translation>सबै रेकर्ड प्रशासकले मात्र निर्यात गर्न सक्छन्।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can import records.</source>
            <translation>रेकर्ड प्रशासकले मात्र आयात गर्न सक्छन्।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can import a knowledge pack.</source>
            <translation>ज्ञान भण्डार प्याक प्रशासकले मात्र आयात गर्न सक्छन्।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can put residents' names in a handover pack.</source>
            <translation>हस्तान्तरण प्याकमा बासिन्दाहरूका नाम प्रशासकले मात्र राख्न सक्छन्।</translation>
        </message>
        <message>
            <location line="+26" />
            <source>The database is busy: another Madoguchi (perhaps a command-line import) is writing to it. Nothing was saved yet; try again in a moment.</source>
            <translation>डाटाबेस व्यस्त छ: अर्को Madoguchi (सायद कमान्ड-लाइनबाट आयात) ले यसमा लेखिरहेको छ। अहिलेसम्म केही पनि सुरक्षित गरिएको छैन; केही बेरपछि फेरि प्रयास गर्नुहोस्।</translation>
        </message>
        <message>
            <location line="+91" />
            <source>This database was closed (after a change of user or a restore).</source>
            <translation>यो डाटाबेस बन्द गरियो (प्रयोगकर्ता परिवर्तन वा पुनर्स्थापनापछि)।</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Only an administrator can %1.</source>
            <translation>यो कार्य प्रशासकले मात्र गर्न सक्छन्: %1।</translation>
        </message>
        <message>
            <location line="+32" />
            <source>%1 is on read-only media (or in a folder that cannot be written): it can be read and reported on, but nothing can be changed in it.</source>
            <translation>%1 पढ्न मात्र मिल्ने मिडियामा (वा लेख्न नमिल्ने फोल्डरमा) छ: यसलाई पढ्न र यसबाट प्रतिवेदन बनाउन सकिन्छ, तर यसमा केही पनि परिवर्तन गर्न सकिँदैन।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is on read-only media and was made by an older Madoguchi, so it cannot be updated to be read; copy it to this computer's disk first.</source>
            <translation>%1 पढ्न मात्र मिल्ने मिडियामा छ र Madoguchi को पुरानो संस्करणले बनाएको हो, त्यसैले पढ्न मिल्ने गरी अद्यावधिक गर्न सकिँदैन; पहिले यसलाई यो कम्प्युटरको डिस्कमा प्रतिलिपि गर्नुहोस्।</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is empty (0 bytes), so it holds no records; it was kept as it is. Restore the newest backup instead.</source>
            <translation>%1 खाली छ (0 बाइट), त्यसैले यसमा कुनै रेकर्ड छैन; यसलाई जस्ताको तस्तै राखिएको छ। यसको सट्टा सबैभन्दा नयाँ ब्याकअप पुनर्स्थापना गर्नुहोस्।</translation>
        </message>
        <message>
            <location filename="../app/tableimport/cells.py" line="+21" />
            <source>'%1' is not a date.</source>
            <translation>'%1' मिति होइन।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' is a date that does not exist.</source>
            <translation>'%1' अस्तित्वमा नभएको मिति हो।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The date is empty.</source>
            <translation>मिति खाली छ।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' has no year, and the sheet's title names no 年度: set the fiscal year in the mapping.</source>
            <translation>'%1' मा वर्ष छैन, र सिटको शीर्षकमा आर्थिक वर्ष (年度) उल्लेख छैन: म्यापिङमा आर्थिक वर्ष सेट गर्नुहोस्।</translation>
        </message>
        <message>
            <location filename="../app/tableimport/command.py" line="+64" />
            <source>Give --user NAME: the new town's first administrator.</source>
            <translation>--user NAME दिनुहोस्: नयाँ नगरको पहिलो प्रशासक।</translation>
        </message>
        <message>
            <location line="+26" />
            <source>%1 is a mapping for a resident roster; add --roster.</source>
            <translation>%1 बासिन्दा नामावलीका लागि म्यापिङ हो; --roster थप्नुहोस्।</translation>
        </message>
        <message>
            <location filename="../app/tableimport/errors.py" line="+18" />
            <source>%1 is not an Excel workbook (.xlsx, .xls) or a CSV file. Nothing was imported.</source>
            <translation>%1 Excel वर्कबुक (.xlsx, .xls) वा CSV फाइल होइन। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is protected with a password: open it in Excel, remove the password, save it and try again. Nothing was imported.</source>
            <translation>%1 पासवर्डले सुरक्षित छ: यसलाई Excel मा खोल्नुहोस्, पासवर्ड हटाउनुहोस्, सुरक्षित गर्नुहोस् र फेरि प्रयास गर्नुहोस्। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is larger than %2 MB, the most a table import reads. Nothing was imported.</source>
            <translation>%1 %2 MB भन्दा ठूलो छ, जुन तालिका आयातले पढ्न सक्ने अधिकतम हो। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 unpacks to more than %2 MB, more than a table import reads. Nothing was imported.</source>
            <translation>%1 खोल्दा %2 MB भन्दा बढी हुन्छ, जुन तालिका आयातले पढ्न सक्नेभन्दा बढी हो। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sheet '%1' has more than %2 rows, the most a table import reads. Nothing was imported.</source>
            <translation>सिट '%1' मा %2 भन्दा बढी पङ्क्ति छन्, जुन तालिका आयातले पढ्न सक्ने अधिकतम हो। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sheet '%1' has more than %2 columns, the most a table import reads. Nothing was imported.</source>
            <translation>सिट '%1' मा %2 भन्दा बढी स्तम्भ छन्, जुन तालिका आयातले पढ्न सक्ने अधिकतम हो। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sheet '%1', row %2 has a cell of %3 characters or more, as long as Excel itself allows. Nothing was imported.</source>
            <translation>सिट '%1', पङ्क्ति %2 मा %3 वा सोभन्दा बढी अक्षरको सेल छ, जुन Excel आफैँले अनुमति दिने अधिकतम लम्बाइ हो। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 could not be read as a spreadsheet; it may be damaged. Nothing was imported.</source>
            <translation>%1 स्प्रेडसिटको रूपमा पढ्न सकिएन; यो बिग्रिएको हुन सक्छ। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no file at %1.</source>
            <translation>%1 मा कुनै फाइल छैन।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The file has no sheet named '%1'. Nothing was imported.</source>
            <translation>फाइलमा '%1' नामको सिट छैन। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This file was already imported on %1 by %2; importing it again would add its records twice. Nothing was imported.</source>
            <translation>यो फाइल %1 मा %2 ले पहिले नै आयात गरिसकेको छ; फेरि आयात गर्दा यसका रेकर्डहरू दोहोरिनेछन्। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 rows have problems (see the preview or the report); correct the file or the mapping, or choose to skip those rows. Nothing was imported.</source>
            <translation>%1 पङ्क्तिमा समस्या छ (पूर्वावलोकन वा प्रतिवेदन हेर्नुहोस्); फाइल वा म्यापिङ सच्याउनुहोस्, वा ती पङ्क्तिहरू छोड्ने विकल्प छान्नुहोस्। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No row of the file can be imported. Nothing was imported.</source>
            <translation>फाइलको कुनै पनि पङ्क्ति आयात गर्न सकिँदैन। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is not a Madoguchi mapping profile (%2). Nothing was imported.</source>
            <translation>%1 Madoguchi म्यापिङ प्रोफाइल होइन (%2)। केही पनि आयात गरिएन।</translation>
        </message>
        <message>
            <location filename="../app/tableimport/messages.py" line="-53" />
            <source>Blank row.</source>
            <translation>खाली पङ्क्ति।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Above the header row (a title or a note).</source>
            <translation>हेडर पङ्क्तिभन्दा माथि (शीर्षक वा टिप्पणी)।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The header row.</source>
            <translation>हेडर पङ्क्ति।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A total row (合計).</source>
            <translation>जम्मा पङ्क्ति (合計)।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Struck through: a cancelled entry.</source>
            <translation>काटिएको: रद्द गरिएको प्रविष्टि।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Marked as cancelled (取消).</source>
            <translation>रद्द भनी चिन्ह लगाइएको (取消)।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A summary sheet with formulas.</source>
            <translation>सूत्रसहितको सारांश सिट।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No header row with known column names.</source>
            <translation>चिनिएका स्तम्भ नामसहितको हेडर पङ्क्ति छैन।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A hidden sheet (choose it to import it).</source>
            <translation>लुकाइएको सिट (आयात गर्न यसलाई छान्नुहोस्)।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The sheet was not chosen.</source>
            <translation>यो सिट छानिएको छैन।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skipped for its problems, as the mapping asks: %1</source>
            <translation>म्यापिङले भनेअनुसार समस्याका कारण छोडियो: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 '%2' has no code: choose one in the mapping.</source>
            <translation>%1 '%2' को कोड छैन: म्यापिङमा एउटा छान्नुहोस्।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No value for “%1”: map a column to it or set a default in the mapping.</source>
            <translation>“%1” को मान छैन: म्यापिङमा एउटा स्तम्भ जोड्नुहोस् वा पूर्वनिर्धारित मान राख्नुहोस्।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No topic.</source>
            <translation>विषय छैन।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' is not a time of day.</source>
            <translation>'%1' समय होइन।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' is not a number of minutes.</source>
            <translation>'%1' मिनेटको संख्या होइन।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The name matches %1 residents; tell them apart in Madoguchi first.</source>
            <translation>यो नाम %1 बासिन्दासँग मेल खान्छ; पहिले Madoguchi मा उनीहरूलाई छुट्याउनुहोस्।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Field '%1': %2</source>
            <translation>फिल्ड '%1': %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New resident.</source>
            <translation>नयाँ बासिन्दा।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Matched an existing resident.</source>
            <translation>विद्यमान बासिन्दासँग मेल खायो।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymous.</source>
            <translation>गुमनाम।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not on the roster any more (moved out?): not changed, check by hand.</source>
            <translation>अब नामावलीमा छैन (सरेर गएको?): परिवर्तन गरिएको छैन, आफैँ जाँच्नुहोस्।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Matched: %1 updated.</source>
            <translation>मेल खायो: %1 अद्यावधिक गरियो।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The same name is already on the roster (sheet '%1', row %2).</source>
            <translation>उही नाम पहिले नै नामावलीमा छ (सिट '%1', पङ्क्ति %2)।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Matched: nothing to change.</source>
            <translation>मेल खायो: परिवर्तन गर्नुपर्ने केही छैन।</translation>
        </message>
        <message>
            <location filename="../app/tableimport/roster.py" line="+54" />
            <source>%1 is a mapping for a consultation log, not for a roster.</source>
            <translation>%1 परामर्श अभिलेखका लागि म्यापिङ हो, नामावलीका लागि होइन।</translation>
        </message>
        <message>
            <location filename="../app/roles.py" line="+41" />
            <source>Madoguchi found changes made outside it: %1. The audit trail records them.</source>
            <translation>Madoguchi ले आफूबाहिर गरिएका परिवर्तनहरू भेट्टायो: %1। अडिट ट्रेलले ती परिवर्तनहरू अभिलेख गरेको छ।</translation>
        </message>
        <message>
            <location filename="../app/reports/annual.py" line="+33" />
            <source>The annual report was not made: the hidden figure %1 cannot be protected together with the reports of this year issued before. Nothing was written.</source>
            <translation>वार्षिक प्रतिवेदन बनाइएन: यस वर्ष पहिले जारी प्रतिवेदनहरूसँगै लुकाइएको अङ्क %1 सुरक्षित गर्न सकिँदैन। केही लेखिएन।</translation>
        </message>
        <message>
            <location filename="../app/kind_records.py" line="+52" />
            <source>That record no longer exists.</source>
            <translation>त्यो अभिलेख अब छैन।</translation>
        </message>
        <message>
            <location filename="../app/reports/categories.py" line="+74" />
            <source>%1 is not a category mapping (a JSON object with id, name and categories).</source>
            <translation>%1 वर्ग म्यापिङ होइन (id, name र categories भएको JSON वस्तु)।</translation>
        </message>
        <message>
            <location filename="../app/reports/categories_cli.py" line="+23" />
            <source>%1 is not a category of %2; the categories are: %3.</source>
            <translation>%1 %2 को वर्ग होइन; वर्गहरू: %3।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 could not be read as JSON.</source>
            <translation>%1 लाई JSON का रूपमा पढ्न सकिएन।</translation>
        </message>
        <message>
            <location filename="../app/reports/datafile.py" line="+50" />
            <source>The annual data file needs the town's municipality code (全国地方公共団体コード): enter it in Settings → Reports.</source>
            <translation>वार्षिक डाटा फाइलमा नगरको स्थानीय निकाय कोड (全国地方公共団体コード) चाहिन्छ: सेटिङ → प्रतिवेदनमा राख्नुहोस्।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The annual data file needs the town's name: enter it in Settings.</source>
            <translation>वार्षिक डाटा फाइलमा नगरको नाम चाहिन्छ: सेटिङमा राख्नुहोस्।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is too large to be an annual data file.</source>
            <translation>%1 वार्षिक डाटा फाइल हुन धेरै ठूलो छ।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 could not be read.</source>
            <translation>%1 पढ्न सकिएन।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not a Madoguchi annual data file.</source>
            <translation>%1 Madoguchi को वार्षिक डाटा फाइल होइन।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 was made by a newer Madoguchi (data format %2; this version reads up to %3): please update Madoguchi to read it.</source>
            <translation>%1 नयाँ Madoguchi ले बनाएको हो (डाटा ढाँचा %2; यो संस्करणले %3 सम्म पढ्छ): पढ्न Madoguchi अद्यावधिक गर्नुहोस्।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 uses code lists of version %2, newer than this Madoguchi knows (%3): please update Madoguchi to read it.</source>
            <translation>%1 ले कोड सूचीको संस्करण %2 प्रयोग गर्छ, जुन यो Madoguchi ले चिनेको (%3) भन्दा नयाँ हो: पढ्न Madoguchi अद्यावधिक गर्नुहोस्।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 does not follow the annual data format at %2 (%3); was it edited by hand?</source>
            <translation>%1 ले %2 मा वार्षिक डाटा ढाँचा पालना गर्दैन (%3); हातले सम्पादन गरिएको हो?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 does not add up: %2; was it edited by hand?</source>
            <translation>%1 को जोड मिल्दैन: %2; हातले सम्पादन गरिएको हो?</translation>
        </message>
        <message>
            <location line="+138" />
            <source>the municipality code's check digit</source>
            <translation>नगरपालिका कोडको जाँच अङ्क</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the cut-off date</source>
            <translation>कट-अफ मिति</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the cut-off date lies outside the fiscal year</source>
            <translation>कट-अफ मिति आर्थिक वर्षभन्दा बाहिर छ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>provisional, by the cut-off date</source>
            <translation>कट-अफ मिति अनुसार अस्थायी हो कि होइन</translation>
        </message>
        <message>
            <location line="+3" />
            <source>exact or suppressed counts</source>
            <translation>ठ्याक्कै सङ्ख्या वा लुकाइएका सङ्ख्या</translation>
        </message>
        <message>
            <location line="+3" />
            <source>an x among exact counts</source>
            <translation>ठ्याक्कै सङ्ख्याहरूमा x छ</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 and the total of %2</source>
            <translation>%1 र %2 को जम्मा</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the months of %1</source>
            <translation>%1 का मासिक सङ्ख्या</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a month of %1 outside the fiscal year</source>
            <translation>%1 को एउटा महिना आर्थिक वर्षभन्दा बाहिर छ</translation>
        </message>
        <message>
            <location filename="../app/reports/send.py" line="+23" />
            <source>Set the prefecture's address and the mail server in Settings first.</source>
            <translation>पहिले सेटिङमा प्रिफेक्चरको ठेगाना र मेल सर्भर राख्नुहोस्।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no file to attach at %1.</source>
            <translation>%1 मा संलग्न गर्ने फाइल छैन।</translation>
        </message>
        <message>
            <location filename="../app/rollup/inputs.py" line="+19" />
            <source>Give at least one annual data file to roll up.</source>
            <translation>सङ्कलन गर्न कम्तीमा एउटा वार्षिक डाटा फाइल दिनुहोस्।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is for %2, not %3 like %4; a roll-up covers one fiscal year. Nothing was written.</source>
            <translation>%1 %2 को हो, %4 जस्तो %3 को होइन; एउटा सङ्कलनले एक आर्थिक वर्ष मात्र समेट्छ। केही लेखिएन।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 and %2 are both from %3 (municipality code %4); give one file per town. Nothing was written.</source>
            <translation>%1 र %2 दुवै %3 (स्थानीय निकाय कोड %4) का हुन्; प्रत्येक नगरको एउटा फाइल दिनुहोस्। केही लेखिएन।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is provisional (records up to %2); roll up final files only, or ask for a provisional roll-up. Nothing was written.</source>
            <translation>%1 अस्थायी हो (%2 सम्मका अभिलेख); अन्तिम फाइलहरू मात्र सङ्कलन गर्नुहोस्, वा अस्थायी सङ्कलन रोज्नुहोस्। केही लेखिएन।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 uses code lists of version %2, which this Madoguchi cannot map to its own; nothing was written.</source>
            <translation>%1 ले कोड सूचीको संस्करण %2 प्रयोग गर्छ, जसलाई यो Madoguchi ले आफ्नोसँग मिलाउन सक्दैन; केही लेखिएन।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is given twice. Nothing was written.</source>
            <translation>%1 दुई पटक दिइएको छ। केही लेखिएन।</translation>
        </message>
        <message>
            <location filename="../app/rollup/report.py" line="-6" />
            <source>The roll-up was not written: the hidden figure %1 cannot be protected; nothing was written.</source>
            <translation>सङ्कलन लेखिएन: लुकाइएको अङ्क %1 लाई सुरक्षित गर्न सकिँदैन; केही लेखिएन।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The threshold is a whole number from 1 to 100 and the protection width one from 0 to 1000.</source>
            <translation>सीमा १ देखि १०० सम्मको पूर्णाङ्क हो र सुरक्षा चौडाइ ० देखि १००० सम्मको।</translation>
        </message>
        <message>
            <location filename="../app/rollup/tables.py" line="+24" />
            <source>%1 does not add up (a table and its total differ); was it edited by hand? Nothing was written.</source>
            <translation>%1 को जोड मिल्दैन (तालिका र यसको जम्मा फरक छन्); हातले सम्पादन गरिएको हो? केही लेखिएन।</translation>
        </message>
        <message>
            <location filename="../app/devices.py" line="-2" />
            <source>%1 already exists; choose a new file name for the other device's copy.</source>
            <translation>%1 पहिल्यै छ; अर्को उपकरणको प्रतिलिपिका लागि नयाँ फाइल नाम छान्नुहोस्।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No device %1 is known to this town.</source>
            <translation>यस नगरमा उपकरण %1 चिनिएको छैन।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This device cannot revoke itself.</source>
            <translation>यो उपकरणले आफैंलाई खारेज गर्न सक्दैन।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only an administrator can add a device.</source>
            <translation>प्रशासकले मात्र उपकरण थप्न सक्छ।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only an administrator can revoke a device.</source>
            <translation>प्रशासकले मात्र उपकरण खारेज गर्न सक्छ।</translation>
        </message>
        <message>
            <location filename="../app/exchange.py" line="+48" />
            <source>Some of these records were deleted from the database while the file was being imported. Nothing was imported.</source>
            <translation>फाइल आयात हुँदै गर्दा यीमध्ये केही अभिलेख डाटाबेसबाट मेटाइए। केही आयात गरिएन।</translation>
        </message>
        <message>
            <location filename="../app/exchange_apply.py" line="+32" />
            <source>A record refers to another record that is not here; nothing was changed.</source>
            <translation>एउटा अभिलेखले यहाँ नभएको अर्को अभिलेखलाई जनाउँछ; केही बदलिएन।</translation>
        </message>
        <message>
            <location filename="../app/sync/conflicts.py" line="+29" />
            <source>That conflict was already resolved.</source>
            <translation>त्यो द्वन्द्व पहिल्यै समाधान भइसकेको छ।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose mine, theirs or a new value for field %1.</source>
            <translation>क्षेत्र %1 का लागि मेरो, उनीहरूको वा नयाँ मान छान्नुहोस्।</translation>
        </message>
        <message>
            <location filename="../app/sync/engine.py" line="+40" />
            <source>Only an encrypted town can be synced between devices.</source>
            <translation>इन्क्रिप्ट गरिएको नगर मात्र उपकरणहरूबीच सिङ्क गर्न सकिन्छ।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 was written by this device; there is nothing to apply.</source>
            <translation>%1 यही उपकरणले लेखेको हो; लागू गर्ने केही छैन।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 comes from a device that was revoked; nothing was changed.</source>
            <translation>%1 खारेज गरिएको उपकरणबाट आएको हो; केही बदलिएन।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 was made by a newer Madoguchi (schema %2; this device has %3): update Madoguchi on this device first. Nothing was changed, and nothing is lost.</source>
            <translation>%1 नयाँ Madoguchi ले बनाएको हो (स्किमा %2; यो उपकरणमा %3): पहिले यो उपकरणमा Madoguchi अद्यावधिक गर्नुहोस्। केही बदलिएन, केही हराएन।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 was made by an older Madoguchi (schema %2; this device has %3): update Madoguchi on the other device first. Nothing was changed, and nothing is lost.</source>
            <translation>%1 पुरानो Madoguchi ले बनाएको हो (स्किमा %2; यो उपकरणमा %3): पहिले अर्को उपकरणमा Madoguchi अद्यावधिक गर्नुहोस्। केही बदलिएन, केही हराएन।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 holds a record this device cannot take (%2); nothing was changed.</source>
            <translation>%1 मा यो उपकरणले लिन नसक्ने अभिलेख छ (%2); केही बदलिएन।</translation>
        </message>
        <message>
            <location filename="../app/sync/folder.py" line="+27" />
            <source>The sync folder %1 cannot be reached; nothing was exchanged.</source>
            <translation>सिङ्क फोल्डर %1 मा पुग्न सकिँदैन; केही आदानप्रदान भएन।</translation>
        </message>
        <message>
            <location filename="../app/sync/packet.py" line="+28" />
            <source>%1 is not a Madoguchi sync packet.</source>
            <translation>%1 Madoguchi को सिङ्क प्याकेट होइन।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is a sync packet of another town; nothing was changed.</source>
            <translation>%1 अर्को नगरको सिङ्क प्याकेट हो; केही बदलिएन।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 was made with another key, or was changed after it was written; nothing was changed.</source>
            <translation>%1 अर्को साँचोले बनाइएको हो, वा लेखेपछि बदलिएको छ; केही बदलिएन।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is too large for a sync packet; nothing was changed.</source>
            <translation>%1 सिङ्क प्याकेटका लागि धेरै ठूलो छ; केही बदलिएन।</translation>
        </message>
        <message>
            <location filename="../app/reports/schema_check.py" line="+96" />
            <source>matches none of the allowed forms</source>
            <translation>अनुमति दिइएको कुनै पनि रूपसँग मिल्दैन</translation>
        </message>
        <message>
            <location line="+5" />
            <source>is not of the expected kind (%1)</source>
            <translation>अपेक्षित प्रकारको होइन (%1)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>should be %1</source>
            <translation>%1 हुनुपर्छ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>should be one of %1</source>
            <translation>%1 मध्ये एउटा हुनुपर्छ</translation>
        </message>
        <message>
            <location line="+6" />
            <source>should be at least %1</source>
            <translation>कम्तीमा %1 हुनुपर्छ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>should be at most %1</source>
            <translation>बढीमा %1 हुनुपर्छ</translation>
        </message>
        <message>
            <location line="+6" />
            <source>has more than %1 items</source>
            <translation>%1 भन्दा बढी वस्तु छन्</translation>
        </message>
        <message>
            <location line="+8" />
            <source>is too short</source>
            <translation>धेरै छोटो छ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>is too long</source>
            <translation>धेरै लामो छ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>is not in the expected form</source>
            <translation>अपेक्षित ढाँचामा छैन</translation>
        </message>
        <message>
            <location line="+6" />
            <source>lacks %1</source>
            <translation>%1 छैन</translation>
        </message>
        <message>
            <location line="+3" />
            <source>has more than %1 entries</source>
            <translation>%1 भन्दा बढी प्रविष्टि छन्</translation>
        </message>
        <message>
            <location line="+11" />
            <source>is not expected here</source>
            <translation>यहाँ अपेक्षित छैन</translation>
        </message>
    </context>
    <context>
        <name>run_window</name>
        <message>
            <location filename="../ui/main.py" line="+53" />
            <source>The database %1 is missing, but its key file is there. Restore the database from a backup; no new database was made.</source>
            <translation>डाटाबेस %1 हराएको छ, तर यसको कुञ्जी फाइल छ। ब्याकअपबाट डाटाबेस पुनर्स्थापना गर्नुहोस्; नयाँ डाटाबेस बनाइएको छैन।</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 is not a database file.</source>
            <translation>%1 डाटाबेस फाइल होइन।</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is not encrypted; Madoguchi keeps records only in encrypted databases. It was not changed.</source>
            <translation>%1 इन्क्रिप्ट गरिएको छैन; Madoguchi ले रेकर्डहरू इन्क्रिप्ट गरिएका डाटाबेसमा मात्र राख्छ। यसलाई परिवर्तन गरिएको छैन।</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The key file %1 is missing beside the database, so it cannot be opened.</source>
            <translation>डाटाबेसको छेउमा कुञ्जी फाइल %1 छैन, त्यसैले यसलाई खोल्न सकिँदैन।</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The folder %1 does not exist; no database was made.</source>
            <translation>फोल्डर %1 छैन; कुनै डाटाबेस बनाइएन।</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Madoguchi cannot make its data folder %1 (%2).</source>
            <translation>Madoguchi ले आफ्नो डाटा फोल्डर %1 बनाउन सकेन (%2)।</translation>
        </message>
    </context>
    <context>
        <name>validation</name>
        <message>
            <location filename="../app/kinds.py" line="+273" />
            <source>Unknown code list.</source>
            <translation>अज्ञात कोड सूची।</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Use letters, digits and underscores only.</source>
            <translation>अक्षर, अङ्क र अन्डरस्कोर (_) मात्र प्रयोग गर्नुहोस्।</translation>
        </message>
        <message>
            <location filename="../app/reports/categories.py" line="-17" />
            <location line="+3" />
            <location line="+5" />
            <location filename="../app/validation.py" line="+19" />
            <source>Required.</source>
            <translation>आवश्यक।</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Already in the list.</source>
            <translation>सूचीमा पहिल्यै छ।</translation>
        </message>
        <message>
            <location filename="../app/knowledge.py" line="-184" />
            <source>Write the Japanese version first.</source>
            <translation>पहिले जापानी संस्करण लेख्नुहोस्।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>One text per language.</source>
            <translation>प्रति भाषा एउटा पाठ मात्र।</translation>
        </message>
        <message>
            <location filename="../app/exchange_check.py" line="+301" />
            <location filename="../app/knowledge.py" line="+4" />
            <source>Each language needs a question and an answer.</source>
            <translation>हरेक भाषामा प्रश्न र उत्तर चाहिन्छ।</translation>
        </message>
        <message>
            <location filename="../app/validation.py" line="+1" />
            <source>Not a real date (use YYYY-MM-DD).</source>
            <translation>वास्तविक मिति होइन (YYYY-MM-DD प्रयोग गर्नुहोस्)।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not a real time (use HH:MM).</source>
            <translation>वास्तविक समय होइन (HH:MM प्रयोग गर्नुहोस्)।</translation>
        </message>
        <message>
            <location filename="../app/accounts.py" line="-422" />
            <source>Use at least 8 characters.</source>
            <translation>कम्तीमा 8 अक्षर प्रयोग गर्नुहोस्।</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Not a usable user name.</source>
            <translation>प्रयोग गर्न मिल्ने प्रयोगकर्ता नाम होइन।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Too like the name of another user; choose another.</source>
            <translation>अर्को प्रयोगकर्ताको नामसँग धेरै मिल्दोजुल्दो छ; अर्को नाम छान्नुहोस्।</translation>
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
            <translation>कोड सूचीमा छैन।</translation>
        </message>
        <message>
            <location line="-97" />
            <source>This user already exists.</source>
            <translation>यो प्रयोगकर्ता पहिले नै अवस्थित छ।</translation>
        </message>
        <message>
            <location filename="../app/validation.py" line="-3" />
            <source>Not a real date and time (use YYYY-MM-DD HH:MM; in a file, YYYY-MM-DDTHH:MM).</source>
            <translation>मिति र समय मिलेन (YYYY-MM-DD HH:MM प्रयोग गर्नुहोस्; फाइलमा YYYY-MM-DDTHH:MM)।</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Lies in the future.</source>
            <translation>भविष्यको मिति हो।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time back is before time out.</source>
            <translation>फिर्ता समय प्रस्थान समयभन्दा अघि छ।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up date is before the event.</source>
            <translation>फलो-अप मिति घटनाभन्दा अघि छ।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a name in native script or in Latin letters.</source>
            <translation>मूल लिपि वा ल्याटिन अक्षरमा नाम लेख्नुहोस्।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use katakana only.</source>
            <translation>काताकाना मात्र प्रयोग गर्नुहोस्।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A residence card number is 2 letters, 8 digits and 2 letters (AB12345678CD).</source>
            <translation>निवास कार्ड नम्बर २ अक्षर, ८ अङ्क र २ अक्षरको हुन्छ (AB12345678CD)।</translation>
        </message>
        <message>
            <location filename="../app/kinds.py" line="-225" />
            <source>Choose at least one topic.</source>
            <translation>कम्तीमा एउटा विषय छान्नुहोस्।</translation>
        </message>
        <message>
            <location filename="../app/validation.py" line="+4" />
            <source>Choose a resident, or the nationality for an anonymous record.</source>
            <translation>बासिन्दा छान्नुहोस्, वा गुमनाम रेकर्डका लागि राष्ट्रियता छान्नुहोस्।</translation>
        </message>
        <message>
            <location line="+169" />
            <source>Choose the nationality of each row of unregistered attendees.</source>
            <translation>दर्ता नभएका सहभागीहरूको हरेक पङ्क्तिको राष्ट्रियता छान्नुहोस्।</translation>
        </message>
        <message>
            <location filename="../app/reports/config.py" line="-22" />
            <location line="+2" />
            <location line="+4" />
            <location filename="../app/validation.py" line="-167" />
            <source>Out of range.</source>
            <translation>दायराबाहिर।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>More foreign residents than residents.</source>
            <translation>विदेशी बासिन्दाको संख्या नगरको जनसंख्याभन्दा बढी छ।</translation>
        </message>
        <message>
            <location filename="../app/validation.py" line="+1" />
            <source>Not an email address.</source>
            <translation>इमेल ठेगाना होइन।</translation>
        </message>
        <message>
            <location filename="../app/consultations.py" line="-55" />
            <source>That resident no longer exists.</source>
            <translation>त्यो बासिन्दाको रेकर्ड अब अवस्थित छैन।</translation>
        </message>
        <message>
            <location filename="../app/exchange_check.py" line="-20" />
            <source>must be a list of codes.</source>
            <translation>कोडहरूको सूची हुनुपर्छ।</translation>
        </message>
        <message>
            <location line="+36" />
            <source>counts must be whole numbers.</source>
            <translation>गणनाहरू पूर्ण संख्या हुनुपर्छ।</translation>
        </message>
        <message>
            <location line="+3" />
            <source>each contact needs exactly 'app' and 'handle'.</source>
            <translation>हरेक सम्पर्कमा ठ्याक्कै 'app' र 'handle' हुनुपर्छ।</translation>
        </message>
        <message>
            <location filename="../app/handover.py" line="-453" />
            <source>At most 20,000 characters.</source>
            <translation>बढीमा 20,000 अक्षर।</translation>
        </message>
        <message>
            <location filename="../app/residents.py" line="-33" />
            <source>A resident cannot be linked to themselves.</source>
            <translation>बासिन्दालाई आफैँसँग जोड्न सकिँदैन।</translation>
        </message>
        <message>
            <location filename="../app/reports/municipality.py" line="+10" />
            <source>A municipality code has six digits.</source>
            <translation>स्थानीय निकाय कोडमा छ अङ्क हुन्छन्।</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The last digit of this municipality code does not match the others.</source>
            <translation>यो कोडको अन्तिम अङ्क अरू अङ्कसँग मिल्दैन।</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A municipality code starts with a prefecture number from 01 to 47.</source>
            <translation>स्थानीय निकाय कोड ०१ देखि ४७ सम्मको प्रिफेक्चर नम्बरबाट सुरु हुन्छ।</translation>
        </message>
    </context>
</TS>
