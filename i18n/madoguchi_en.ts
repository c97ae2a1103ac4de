<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AccompanimentForm</name>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+29" />
            <source>Accompaniment</source>
            <translation>Accompaniment</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment #%1</source>
            <translation>Accompaniment #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+10" />
            <location filename="../ui/forms/accompaniment.py" line="+6" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>When you left the office</source>
            <translation>When you left the office</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Time out</source>
            <translation>Time out</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>When you were back at the office</source>
            <translation>When you were back at the office</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Time back</source>
            <translation>Time back</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Resident</source>
            <translation>Resident</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Destination</source>
            <translation>Destination</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+6" />
            <source>Facility or counter</source>
            <translation>Facility or counter</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Facility</source>
            <translation>Facility</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>e.g. 内科, 住民課</source>
            <translation>e.g. 内科, 住民課</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Who went with the resident</source>
            <translation>Who went with the resident</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Accompanied by</source>
            <translation>Accompanied by</translation>
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
            <translation>Purpose</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+3" />
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+4" />
            <source>Sensitive personal information (要配慮個人情報): diagnoses, symptoms and treatment. Write only what the follow-up needs, and only with the resident's consent.</source>
            <translation>Sensitive personal information (要配慮個人情報): diagnoses, symptoms and treatment. Write only what the follow-up needs, and only with the resident's consent.</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+3" />
            <source>Health details (sensitive)</source>
            <translation>Health details (sensitive)</translation>
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
            <translation>Distance (round trip)</translation>
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
            <translation>Transport cost</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Follow-up date</source>
            <translation>Follow-up date</translation>
        </message>
    </context>
    <context>
        <name>AccompanimentsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+39" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Out</source>
            <translation>Out</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>Resident</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name (Latin)</source>
            <translation>Name (Latin)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Destination</source>
            <translation>Destination</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facility</source>
            <translation>Facility</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Transport (yen)</source>
            <translation>Transport (yen)</translation>
        </message>
    </context>
    <context>
        <name>AuditAction</name>
        <message>
            <location filename="../ui/pages/audit.py" line="+29" />
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changed</source>
            <translation>Changed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deleted</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Viewed</source>
            <translation>Viewed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exported</source>
            <translation>Exported</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Imported</source>
            <translation>Imported</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Report made</source>
            <translation>Report made</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Printed</source>
            <translation>Printed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backup</source>
            <translation>Backup</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Logged in</source>
            <translation>Logged in</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Logged out</source>
            <translation>Logged out</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Failed login</source>
            <translation>Failed login</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locked out</source>
            <translation>Locked out</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unlocked</source>
            <translation>Unlocked</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymised</source>
            <translation>Anonymised</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Values removed</source>
            <translation>Values removed</translation>
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
            <translation>From</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Record ID (uuid; in a record's tooltip)</source>
            <translation>Record ID (uuid; in a record's tooltip)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Changes</source>
            <translation>Changes</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Verify chain</source>
            <translation>Verify chain</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Check that no audit row was altered or removed since it was written</source>
            <translation>Check that no audit row was altered or removed since it was written</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Any user</source>
            <translation>Any user</translation>
        </message>
        <message>
            <location line="+35" />
            <source>(values removed when the record was purged)</source>
            <translation>(values removed when the record was purged)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The newest %1 rows; narrow the filter to see older ones.</source>
            <translation>The newest %1 rows; narrow the filter to see older ones.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln row</numerusform>
                <numerusform>%Ln rows</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>The audit trail is intact (%1 rows).</source>
            <translation>The audit trail is intact (%1 rows).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Audit row %1 was altered or removed.</source>
            <translation>Audit row %1 was altered or removed.</translation>
        </message>
        <message>
            <location filename="../ui/audit_text.py" line="+44" />
            <source>(deleted) %1</source>
            <translation>(deleted) %1</translation>
        </message>
    </context>
    <context>
        <name>BackupBox</name>
        <message>
            <location filename="../ui/pages/backup_box.py" line="+29" />
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Change folder…</source>
            <translation>Change folder…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Back up now</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Restore from a backup…</source>
            <translation>Restore from a backup…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A verified, encrypted backup is made at the first start of each day and before every import, restore and purge; 7 daily, 4 weekly and 12 monthly are kept.</source>
            <translation>A verified, encrypted backup is made at the first start of each day and before every import, restore and purge; 7 daily, 4 weekly and 12 monthly are kept.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Folder for backups</source>
            <translation>Folder for backups</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Restore from a backup</source>
            <translation>Restore from a backup</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore %1? The current database is kept aside, never deleted, and the window opens again on the restored records.</source>
            <translation>Restore %1? The current database is kept aside, never deleted, and the window opens again on the restored records.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Backed up to %1</source>
            <translation>Backed up to %1</translation>
        </message>
    </context>
    <context>
        <name>BridgePersonForm</name>
        <message>
            <location filename="../ui/forms/directory.py" line="+79" />
            <source>Bridge person</source>
            <translation>Bridge person</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge person #%1</source>
            <translation>Bridge person #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+78" />
            <location filename="../ui/forms/directory.py" line="+5" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Languages</source>
            <translation>Languages</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Phone</source>
            <translation>Phone</translation>
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
            <translation>SNS contacts</translation>
        </message>
        <message>
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Where they can help, e.g. a district</source>
            <translation>Where they can help, e.g. a district</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/directory.py" line="+1" />
            <source>Area</source>
            <translation>Area</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+3" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../ui/forms/directory.py" line="+5" />
            <source>ID or phone number</source>
            <translation>ID or phone number</translation>
        </message>
    </context>
    <context>
        <name>BridgePersonsList</name>
        <message>
            <location filename="../ui/list_headers.py" line="-33" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Languages</source>
            <translation>Languages</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Area</source>
            <translation>Area</translation>
        </message>
    </context>
    <context>
        <name>CardTable</name>
        <message>
            <location filename="../ui/pages/today.py" line="+59" />
            <source>Period of stay ends</source>
            <translation>Period of stay ends</translation>
        </message>
        <message>
            <location line="+0" />
            <source>In</source>
            <translation>In</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>Resident</translation>
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
                <numerusform>%Ln day</numerusform>
                <numerusform>%Ln days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>ended %Ln day(s) ago</source>
            <translation>
                <numerusform>ended %Ln day ago</numerusform>
                <numerusform>ended %Ln days ago</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CategoriesDialog</name>
        <message>
            <location filename="../ui/pages/categories_dialog.py" line="+32" />
            <source>Other bodies' categories</source>
            <translation>Other bodies' categories</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Topics counted in this category</source>
            <translation>Topics counted in this category</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Back to the shipped example</source>
            <translation>Back to the shipped example</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Topics in no category (counted as unmapped): %1</source>
            <translation>Topics in no category (counted as unmapped): %1</translation>
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
            <translation>Offered in forms</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Japanese label</source>
            <translation>Japanese label</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English label</source>
            <translation>English label</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Order</source>
            <translation>Order</translation>
        </message>
    </context>
    <context>
        <name>CodeList</name>
        <message>
            <location filename="../ui/labels.py" line="+73" />
            <source>Consultation topics</source>
            <translation>Consultation topics</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channels</source>
            <translation>Channels</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SNS apps</source>
            <translation>SNS apps</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment destinations</source>
            <translation>Accompaniment destinations</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session kinds</source>
            <translation>Session kinds</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session topics</source>
            <translation>Session topics</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residence statuses</source>
            <translation>Residence statuses</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationalities</source>
            <translation>Nationalities</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Languages</source>
            <translation>Languages</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation kinds</source>
            <translation>Organisation kinds</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent methods</source>
            <translation>Consent methods</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Household relations</source>
            <translation>Household relations</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interpreters</source>
            <translation>Interpreters</translation>
        </message>
    </context>
    <context>
        <name>ColumnsPage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="+170" />
            <source>Header row and columns</source>
            <translation>Header row and columns</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Each column's field is guessed from its header name; change it where the guess is wrong. Columns Madoguchi does not know are kept in the notes.</source>
            <translation>Each column's field is guessed from its header name; change it where the guess is wrong. Columns Madoguchi does not know are kept in the notes.</translation>
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
            <translation>Example</translation>
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
            <translation>Record</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Found</source>
            <translation>Found</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What differs</source>
            <translation>What differs</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <location line="+0" />
            <source>This device</source>
            <translation>This device</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other device</source>
            <translation>Other device</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Keep</source>
            <translation>Keep</translation>
        </message>
        <message>
            <location line="+5" />
            <source>All mine</source>
            <translation>All mine</translation>
        </message>
        <message>
            <location line="+2" />
            <source>All theirs</source>
            <translation>All theirs</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+120" />
            <source>Resolve</source>
            <translation>Resolve</translation>
        </message>
        <message>
            <location line="-102" />
            <source>%1 open conflicts. A record changed on two devices since they last synced is kept as it is on each until you choose, field by field, which value to keep.</source>
            <translation>%1 open conflicts. A record changed on two devices since they last synced is kept as it is on each until you choose, field by field, which value to keep.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>deleted on this device</source>
            <translation>deleted on this device</translation>
        </message>
        <message>
            <location line="+1" />
            <source>deleted on the other device</source>
            <translation>deleted on the other device</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Resident</source>
            <translation>Resident</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Consultation</source>
            <translation>Consultation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment</source>
            <translation>Accompaniment</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge person</source>
            <translation>Bridge person</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge entry</source>
            <translation>Knowledge entry</translation>
        </message>
        <message>
            <location line="+14" />
            <source>No conflict chosen.</source>
            <translation>No conflict chosen.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Deleted on one device and changed on the other. Keep the record, or its deletion?</source>
            <translation>Deleted on one device and changed on the other. Keep the record, or its deletion?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose the value to keep for each field.</source>
            <translation>Choose the value to keep for each field.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The record</source>
            <translation>The record</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>deleted</source>
            <translation>deleted</translation>
        </message>
        <message>
            <location line="-1" />
            <location line="+1" />
            <source>kept</source>
            <translation>kept</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Mine</source>
            <translation>Mine</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Theirs</source>
            <translation>Theirs</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
    </context>
    <context>
        <name>ConsultationForm</name>
        <message>
            <location filename="../ui/forms/consultation.py" line="+32" />
            <source>Consultation</source>
            <translation>Consultation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultation #%1</source>
            <translation>Consultation #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="-91" />
            <location filename="../ui/forms/consultation.py" line="+15" />
            <source>Date and time</source>
            <translation>Date and time</translation>
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
            <translation>Time spent</translation>
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
            <translation>Resident</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>Nationality (anonymous)</source>
            <translation>Nationality (anonymous)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+5" />
            <source>Language used</source>
            <translation>Language used</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>Channel</source>
            <translation>Channel</translation>
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
            <translation>Topics</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+3" />
            <source>What was asked</source>
            <translation>What was asked</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+4" />
            <source>What was done</source>
            <translation>What was done</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+5" />
            <source>Referred to</source>
            <translation>Referred to</translation>
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
            <translation>Follow-up date</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+14" />
            <source>Suggested answers</source>
            <translation>Suggested answers</translation>
        </message>
    </context>
    <context>
        <name>ConsultationsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+11" />
            <source>Date and time</source>
            <translation>Date and time</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>Resident</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name (Latin)</source>
            <translation>Name (Latin)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was asked</source>
            <translation>What was asked</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationality</source>
            <translation>Nationality</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Topics</source>
            <translation>Topics</translation>
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
            <translation>Minutes</translation>
        </message>
    </context>
    <context>
        <name>Curtain</name>
        <message>
            <location filename="../ui/session.py" line="+87" />
            <source>Locked</source>
            <translation>Locked</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Madoguchi (locked)</source>
            <translation>Madoguchi (locked)</translation>
        </message>
    </context>
    <context>
        <name>DataTransferBox</name>
        <message>
            <location filename="../ui/pages/data_transfer.py" line="+27" />
            <source>All records as a file</source>
            <translation>All records as a file</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Export all records…</source>
            <translation>Export all records…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import records…</source>
            <translation>Import records…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Export all records</source>
            <translation>Export all records</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Import records</source>
            <translation>Import records</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Exported to %1: %2</source>
            <translation>Exported to %1: %2</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Importing…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Imported from %1: %2</source>
            <translation>Imported from %1: %2</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../ui/widgets.py" line="+172" />
            <source>Pick a date</source>
            <translation>Pick a date</translation>
        </message>
        <message>
            <location line="+44" />
            <source>not a date</source>
            <translation>not a date</translation>
        </message>
    </context>
    <context>
        <name>DevicesBox</name>
        <message>
            <location filename="../ui/pages/devices.py" line="+63" />
            <source>Sync between devices</source>
            <translation>Sync between devices</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose folder…</source>
            <translation>Choose folder…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sync now</source>
            <translation>Sync now</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+60" />
            <source>Sync folder</source>
            <translation>Sync folder</translation>
        </message>
        <message>
            <location line="-54" />
            <source>Each device writes an encrypted packet of its changes to this folder (a shared folder or a USB stick) and reads the others' packets. It also happens at login and logout when the folder can be reached.</source>
            <translation>Each device writes an encrypted packet of its changes to this folder (a shared folder or a USB stick) and reads the others' packets. It also happens at login and logout when the folder can be reached.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Devices of this town</source>
            <translation>Devices of this town</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Device</source>
            <translation>Device</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last heard from</source>
            <translation>Last heard from</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changes not yet confirmed</source>
            <translation>Changes not yet confirmed</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add device…</source>
            <translation>Add device…</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+86" />
            <location line="+20" />
            <location line="+9" />
            <source>Revoke device</source>
            <translation>Revoke device</translation>
        </message>
        <message>
            <location line="-100" />
            <source>(none chosen)</source>
            <translation>(none chosen)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>this device</source>
            <translation>this device</translation>
        </message>
        <message>
            <location line="+1" />
            <source>revoked</source>
            <translation>revoked</translation>
        </message>
        <message>
            <location line="+1" />
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Open conflicts: %1</source>
            <translation>Open conflicts: %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Sync</source>
            <translation>Sync</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Syncing…</source>
            <translation>Syncing…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Copy of this town for another device</source>
            <translation>Copy of this town for another device</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Madoguchi database (*.db)</source>
            <translation>Madoguchi database (*.db)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Add device</source>
            <translation>Add device</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Device %1 added. Copy both files (%2 and its .keys file) to the other device's data folder.</source>
            <translation>Device %1 added. Copy both files (%2 and its .keys file) to the other device's data folder.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Refuse every packet of device %1 from now on, on every device, and give this database a new key? Do this for a lost or retired device.</source>
            <translation>Refuse every packet of device %1 from now on, on every device, and give this database a new key? Do this for a lost or retired device.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Revoking device…</source>
            <translation>Revoking device…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Device %1 is revoked, but this database was not re-keyed: the accounts %2 were made by an older Madoguchi and change at their next login; revoke the device again after that.</source>
            <translation>Device %1 is revoked, but this database was not re-keyed: the accounts %2 were made by an older Madoguchi and change at their next login; revoke the device again after that.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Device %1 is revoked and this database has a new key: backups made from now on cannot be opened with the lost device's key.</source>
            <translation>Device %1 is revoked and this database has a new key: backups made from now on cannot be opened with the lost device's key.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No other device was left, so the town has a new sync key: devices added from now on get it; the lost device's packets are refused.</source>
            <translation>No other device was left, so the town has a new sync key: devices added from now on get it; the lost device's packets are refused.</translation>
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message>
            <location filename="../ui/pages/lists.py" line="+76" />
            <source>Organisations</source>
            <translation>Organisations</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge persons</source>
            <translation>Bridge persons</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="+256" />
            <source>Imported</source>
            <translation>Imported</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The records are in Madoguchi; each keeps the file, sheet and row it came from.</source>
            <translation>The records are in Madoguchi; each keeps the file, sheet and row it came from.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Save the import report (CSV)…</source>
            <translation>Save the import report (CSV)…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 residents were added and %2 updated; %3 not on the roster are listed in the report to check. A backup was made first.</source>
            <translation>%1 residents were added and %2 updated; %3 not on the roster are listed in the report to check. A backup was made first.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 consultations were imported; %2 residents were added and %3 already known ones were linked. A backup was made first.</source>
            <translation>%1 consultations were imported; %2 residents were added and %3 already known ones were linked. A backup was made first.</translation>
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
            <translation>Consulted</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>Resident</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was asked</source>
            <translation>What was asked</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../ui/errors.py" line="+26" />
            <source>Something unexpected went wrong (%1). Your saved records are safe; what happened was written to %2 for your IT staff.</source>
            <translation>Something unexpected went wrong (%1). Your saved records are safe; what happened was written to %2 for your IT staff.</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="-411" />
            <source>Choose the file and its sheets</source>
            <translation>Choose the file and its sheets</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An Excel workbook (.xlsx, .xls) or a CSV file: an old log of consultations, or the resident roster. Nothing is written until the last step.</source>
            <translation>An Excel workbook (.xlsx, .xls) or a CSV file: an old log of consultations, or the resident roster. Nothing is written until the last step.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A log of consultations</source>
            <translation>A log of consultations</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The resident roster (住民基本台帳 extract)</source>
            <translation>The resident roster (住民基本台帳 extract)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The file holds:</source>
            <translation>The file holds:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Choose file…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+54" />
            <source>Mapping profile: none (guessed from the file)</source>
            <translation>Mapping profile: none (guessed from the file)</translation>
        </message>
        <message>
            <location line="-52" />
            <source>Load mapping profile…</source>
            <translation>Load mapping profile…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sheets to import:</source>
            <translation>Sheets to import:</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Reading the file…</source>
            <translation>Reading the file…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 (%2 rows)</source>
            <translation>%1 (%2 rows)</translation>
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
            <translation>Madoguchi — first start</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Welcome to Madoguchi</source>
            <translation>Welcome to Madoguchi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no database here yet. Madoguchi will make a new encrypted database in:</source>
            <translation>There is no database here yet. Madoguchi will make a new encrypted database in:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>First, the town's name and the administrator: the clerk who looks after Madoguchi, adds the other users and keeps the recovery code.</source>
            <translation>First, the town's name and the administrator: the clerk who looks after Madoguchi, adds the other users and keeps the recovery code.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>At least %1 characters</source>
            <translation>At least %1 characters</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Town name (Japanese)</source>
            <translation>Town name (Japanese)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Administrator's user name</source>
            <translation>Administrator's user name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password again</source>
            <translation>Password again</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Create the database</source>
            <translation>Create the database</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Please enter the town's name.</source>
            <translation>Please enter the town's name.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Please enter a user name for the administrator.</source>
            <translation>Please enter a user name for the administrator.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Use at least %1 characters for the password.</source>
            <translation>Use at least %1 characters for the password.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The two passwords are not the same.</source>
            <translation>The two passwords are not the same.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The folder %1 does not exist.</source>
            <translation>The folder %1 does not exist.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>The recovery code</source>
            <translation>The recovery code</translation>
        </message>
        <message>
            <location line="+2" />
            <source>If every administrator password is lost, only this code opens the database. It is shown now and never again, and Madoguchi does not keep it.</source>
            <translation>If every administrator password is lost, only this code opens the database. It is shown now and never again, and Madoguchi does not keep it.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Print it, or write it down by hand, and keep the paper in the office safe. Do not keep it on this computer or in email.</source>
            <translation>Print it, or write it down by hand, and keep the paper in the office safe. Do not keep it on this computer or in email.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Printing is not available here. Write the code down by hand now and keep the paper in the office safe. Save it as a text file only to print it elsewhere, then delete the file.</source>
            <translation>Printing is not available here. Write the code down by hand now and keep the paper in the office safe. Save it as a text file only to print it elsewhere, then delete the file.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save as text file…</source>
            <translation>Save as text file…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>I have written down or printed the recovery code</source>
            <translation>I have written down or printed the recovery code</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Finish and open Madoguchi</source>
            <translation>Finish and open Madoguchi</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Madoguchi recovery code</source>
            <translation>Madoguchi recovery code</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep this paper in the office safe. Anyone who has it and the database file can read every record.</source>
            <translation>Keep this paper in the office safe. Anyone who has it and the database file can read every record.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Sent to the printer.</source>
            <translation>Sent to the printer.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save the recovery code</source>
            <translation>Save the recovery code</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Text (*.txt)</source>
            <translation>Text (*.txt)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Could not save: %1</source>
            <translation>Could not save: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved. Print it, then delete the file.</source>
            <translation>Saved. Print it, then delete the file.</translation>
        </message>
    </context>
    <context>
        <name>FirstSteps</name>
        <message>
            <location filename="../ui/pages/today.py" line="+52" />
            <source>First steps</source>
            <translation>First steps</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This town has no records yet. A new town usually starts so:</source>
            <translation>This town has no records yet. A new town usually starts so:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>1. The town's name and the report settings</source>
            <translation>1. The town's name and the report settings</translation>
        </message>
        <message>
            <location line="+1" />
            <source>2. Accounts for the staff (the CIR, a colleague)</source>
            <translation>2. Accounts for the staff (the CIR, a colleague)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>3. Old records from Excel or CSV, and the roster</source>
            <translation>3. Old records from Excel or CSV, and the roster</translation>
        </message>
        <message>
            <location line="+1" />
            <source>4. A knowledge pack from another town</source>
            <translation>4. A knowledge pack from another town</translation>
        </message>
    </context>
    <context>
        <name>Job</name>
        <message>
            <location filename="../ui/jobs.py" line="+125" />
            <source>Unexpected error (%1).</source>
            <translation>Unexpected error (%1).</translation>
        </message>
        <message>
            <location line="-44" />
            <source>Cancel</source>
            <translation>Cancel</translation>
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
            <translation>Published</translation>
        </message>
    </context>
    <context>
        <name>Kind</name>
        <message>
            <location filename="../ui/labels.py" line="-66" />
            <source>Resident</source>
            <translation>Resident</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultation</source>
            <translation>Consultation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment</source>
            <translation>Accompaniment</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge person</source>
            <translation>Bridge person</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge entry</source>
            <translation>Knowledge entry</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeForm</name>
        <message>
            <location filename="../ui/forms/knowledge.py" line="+44" />
            <source>Knowledge entry</source>
            <translation>Knowledge entry</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge entry #%1</source>
            <translation>Knowledge entry #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+54" />
            <location filename="../ui/forms/knowledge.py" line="+6" />
            <source>Topic</source>
            <translation>Topic</translation>
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
            <translation>Add language…</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+9" />
            <source>Question and answer</source>
            <translation>Question and answer</translation>
        </message>
        <message>
            <location filename="../ui/forms/knowledge.py" line="+4" />
            <source>For example: 在留カード, マイナンバーカード</source>
            <translation>For example: 在留カード, マイナンバーカード</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+1" />
            <source>Documents to bring</source>
            <translation>Documents to bring</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+12" />
            <source>Organisations that help</source>
            <translation>Organisations that help</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+4" />
            <source>Last reviewed</source>
            <translation>Last reviewed</translation>
        </message>
    </context>
    <context>
        <name>KnowledgePack</name>
        <message>
            <location filename="../ui/kb_pack.py" line="+22" />
            <source>Knowledge pack from %1: %2 new, %3 changed, %4 already here; %5 organisations to add. Import it?</source>
            <translation>Knowledge pack from %1: %2 new, %3 changed, %4 already here; %5 organisations to add. Import it?</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Import a knowledge pack</source>
            <translation>Import a knowledge pack</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Export a knowledge pack</source>
            <translation>Export a knowledge pack</translation>
        </message>
        <message>
            <location line="+31" />
            <source>%1 published entries were written to %2.</source>
            <translation>%1 published entries were written to %2.</translation>
        </message>
    </context>
    <context>
        <name>KnowledgePage</name>
        <message>
            <location filename="../ui/pages/knowledge.py" line="+57" />
            <source>Search questions and answers, in any language</source>
            <translation>Search questions and answers, in any language</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Any topic</source>
            <translation>Any topic</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Show drafts</source>
            <translation>Show drafts</translation>
        </message>
        <message>
            <location line="+6" />
            <source>New entry…</source>
            <translation>New entry…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New knowledge entry (Ctrl+N)</source>
            <translation>New knowledge entry (Ctrl+N)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Knowledge packs</source>
            <translation>Knowledge packs</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share the published entries with another town, or take theirs in</source>
            <translation>Share the published entries with another town, or take theirs in</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Import a knowledge pack…</source>
            <translation>Import a knowledge pack…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export a knowledge pack…</source>
            <translation>Export a knowledge pack…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Topic</source>
            <translation>Topic</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Languages</source>
            <translation>Languages</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last reviewed</source>
            <translation>Last reviewed</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Used</source>
            <translation>Used</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Copy for SNS</source>
            <translation>Copy for SNS</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the question and answer in the chosen language, as plain text for Messenger, Zalo or LINE</source>
            <translation>Copy the question and answer in the chosen language, as plain text for Messenger, Zalo or LINE</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mark reviewed</source>
            <translation>Mark reviewed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The answer is still right: record today as its review date</source>
            <translation>The answer is still right: record today as its review date</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not reviewed for a year: check the answer is still right</source>
            <translation>Not reviewed for a year: check the answer is still right</translation>
        </message>
        <message numerus="yes">
            <location line="+13" />
            <source>%Ln entries</source>
            <translation>
                <numerusform>%Ln entry</numerusform>
                <numerusform>%Ln entries</numerusform>
            </translation>
        </message>
        <message>
            <location line="+40" />
            <source>No entry chosen</source>
            <translation>No entry chosen</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Documents to bring:</source>
            <translation>Documents to bring:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Organisations that help:</source>
            <translation>Organisations that help:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Never reviewed</source>
            <translation>Never reviewed</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last reviewed %1 by %2</source>
            <translation>Last reviewed %1 by %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Last reviewed %1</source>
            <translation>Last reviewed %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>From %1</source>
            <translation>From %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Copied</source>
            <translation>Copied</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Marked as reviewed today</source>
            <translation>Marked as reviewed today</translation>
        </message>
    </context>
    <context>
        <name>LanguageChooser</name>
        <message>
            <location filename="../ui/login.py" line="+94" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
    </context>
    <context>
        <name>LanguageTab</name>
        <message>
            <location filename="../ui/forms/knowledge.py" line="-67" />
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove this language</source>
            <translation>Remove this language</translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <location filename="../ui/pages/list_page.py" line="+50" />
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Any status</source>
            <translation>Any status</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Any topic</source>
            <translation>Any topic</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any language</source>
            <translation>Any language</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any nationality</source>
            <translation>Any nationality</translation>
        </message>
        <message>
            <location line="+11" />
            <source>New…</source>
            <translation>New…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New record (Ctrl+N)</source>
            <translation>New record (Ctrl+N)</translation>
        </message>
        <message numerus="yes">
            <location line="+49" />
            <source>%Ln record(s)</source>
            <translation>
                <numerusform>%Ln record</numerusform>
                <numerusform>%Ln records</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../ui/login.py" line="+96" />
            <source>Madoguchi — log in</source>
            <translation>Madoguchi — log in</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locked. Log in to continue, or log in as another user.</source>
            <translation>Locked. Log in to continue, or log in as another user.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Log in to Madoguchi</source>
            <translation>Log in to Madoguchi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database: %1</source>
            <translation>Database: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Demo town: user %1 or %2, password %3</source>
            <translation>Demo town: user %1 or %2, password %3</translation>
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
            <translation>Use the recovery code…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Log in</source>
            <translation>Log in</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quit Madoguchi</source>
            <translation>Quit Madoguchi</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Enter your user name and password.</source>
            <translation>Enter your user name and password.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The backup was restored. Log in again.</source>
            <translation>The backup was restored. Log in again.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Opening the database… The first login after an update prepares the file once; on a large town this can take a minute.</source>
            <translation>Opening the database… The first login after an update prepares the file once; on a large town this can take a minute.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../ui/main_window.py" line="+30" />
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residents</source>
            <translation>Residents</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultations</source>
            <translation>Consultations</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniments</source>
            <translation>Accompaniments</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Directory</source>
            <translation>Directory</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge</source>
            <translation>Knowledge</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Handover</source>
            <translation>Handover</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Users</source>
            <translation>Users</translation>
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
            <translation>Search</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Search residents and consultations (Ctrl+F): any script, any name form</source>
            <translation>Search residents and consultations (Ctrl+F): any script, any name form</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Find</source>
            <translation>Find</translation>
        </message>
        <message>
            <location line="+4" />
            <source>New record</source>
            <translation>New record</translation>
        </message>
        <message>
            <location line="+143" />
            <source>administrator</source>
            <translation>administrator</translation>
        </message>
        <message>
            <location line="+0" />
            <source>staff</source>
            <translation>staff</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Lock / switch user</source>
            <translation>Lock / switch user</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Lock the window, or let another user log in (Ctrl+L)</source>
            <translation>Lock the window, or let another user log in (Ctrl+L)</translation>
        </message>
    </context>
    <context>
        <name>MeasuresDialog</name>
        <message>
            <location filename="../ui/pages/report_settings.py" line="+51" />
            <source>Special allocation tax measures</source>
            <translation>Special allocation tax measures</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Consultation topics</source>
            <translation>Consultation topics</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultations with interpreter</source>
            <translation>Consultations with interpreter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session kinds</source>
            <translation>Session kinds</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session topics</source>
            <translation>Session topics</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment destinations</source>
            <translation>Accompaniment destinations</translation>
        </message>
    </context>
    <context>
        <name>OldRecordsBox</name>
        <message>
            <location filename="../ui/table_import.py" line="+171" />
            <source>Old records from Excel or CSV</source>
            <translation>Old records from Excel or CSV</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Import from Excel/CSV…</source>
            <translation>Import from Excel/CSV…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A consultation log kept in Excel or CSV, or the resident roster: preview every row first, then import all or nothing.</source>
            <translation>A consultation log kept in Excel or CSV, or the resident roster: preview every row first, then import all or nothing.</translation>
        </message>
    </context>
    <context>
        <name>OrganisationForm</name>
        <message>
            <location filename="../ui/forms/directory.py" line="-88" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation #%1</source>
            <translation>Organisation #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="-64" />
            <location filename="../ui/forms/directory.py" line="+5" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Phone</source>
            <translation>Phone</translation>
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
            <translation>Languages spoken</translation>
        </message>
        <message>
            <location filename="../ui/forms/directory.py" line="+1" />
            <source>An interpreter can be arranged</source>
            <translation>An interpreter can be arranged</translation>
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
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsList</name>
        <message>
            <location filename="../ui/list_headers.py" line="-30" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interpreter</source>
            <translation>Interpreter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Languages</source>
            <translation>Languages</translation>
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
            <translation>Password for %1 at %2</translation>
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
            <translation>Remember it in this computer's keyring</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No secure keyring is available, so Madoguchi asks every time.</source>
            <translation>No secure keyring is available, so Madoguchi asks every time.</translation>
        </message>
        <message>
            <location filename="../ui/pages/users.py" line="-19" />
            <source>Add user</source>
            <translation>Add user</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set password for %1</source>
            <translation>Set password for %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>At least %1 characters</source>
            <translation>At least %1 characters</translation>
        </message>
        <message>
            <location line="+2" />
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Password again</source>
            <translation>Password again</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Staff can keep records and make the aggregated reports. Only administrators manage users and settings, export personal data and delete data for good.</source>
            <translation>Staff can keep records and make the aggregated reports. Only administrators manage users and settings, export personal data and delete data for good.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The two passwords are not the same.</source>
            <translation>The two passwords are not the same.</translation>
        </message>
    </context>
    <context>
        <name>Person</name>
        <message>
            <location filename="../ui/labels.py" line="+72" />
            <source>Anonymous (%1)</source>
            <translation>Anonymous (%1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nationality unknown</source>
            <translation>nationality unknown</translation>
        </message>
    </context>
    <context>
        <name>PrefecturePage</name>
        <message>
            <location filename="../ui/pages/prefecture.py" line="+42" />
            <source>Madoguchi — prefecture roll-up</source>
            <translation>Madoguchi — prefecture roll-up</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add the annual data files (.json) the towns sent, check them, then make the prefecture's report (PDF, Excel and CSV). No town database is needed.</source>
            <translation>Add the annual data files (.json) the towns sent, check them, then make the prefecture's report (PDF, Excel and CSV). No town database is needed.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Add files…</source>
            <translation>Add files…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove all</source>
            <translation>Remove all</translation>
        </message>
        <message>
            <location line="+8" />
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Town</source>
            <translation>Town</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Municipality code</source>
            <translation>Municipality code</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counts</source>
            <translation>Counts</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Accept provisional files (the roll-up is then provisional)</source>
            <translation>Accept provisional files (the roll-up is then provisional)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Counts from 1 to one less than this are hidden as x in the prefecture's report.</source>
            <translation>Counts from 1 to one less than this are hidden as x in the prefecture's report.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hide counts below</source>
            <translation>Hide counts below</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Check the files</source>
            <translation>Check the files</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Make the prefecture's report…</source>
            <translation>Make the prefecture's report…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Annual data files</source>
            <translation>Annual data files</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Annual data files (*.json)</source>
            <translation>Annual data files (*.json)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Save the prefecture's report in</source>
            <translation>Save the prefecture's report in</translation>
        </message>
        <message>
            <location line="+39" />
            <source>exact</source>
            <translation>exact</translation>
        </message>
        <message>
            <location line="+0" />
            <source>suppressed</source>
            <translation>suppressed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>provisional to %1</source>
            <translation>provisional to %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>final</source>
            <translation>final</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 files of %2 are ready to roll up.</source>
            <translation>%1 files of %2 are ready to roll up.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Making the prefecture's report…</source>
            <translation>Making the prefecture's report…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved:</source>
            <translation>Saved:</translation>
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
            <translation>Every row of the file and what will become of it. The import adds all of it, or nothing.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Import the other rows, and list rows with problems as skipped</source>
            <translation>Import the other rows, and list rows with problems as skipped</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save mapping profile…</source>
            <translation>Save mapping profile…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save preview as CSV…</source>
            <translation>Save preview as CSV…</translation>
        </message>
        <message>
            <location line="+29" />
            <source>%1 rows: %2 new residents, %3 to update, %4 unchanged, %5 skipped, %6 with problems; %7 residents in Madoguchi are not on the roster (listed to check; they are not changed).</source>
            <translation>%1 rows: %2 new residents, %3 to update, %4 unchanged, %5 skipped, %6 with problems; %7 residents in Madoguchi are not on the roster (listed to check; they are not changed).</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 rows: %2 to import, %3 skipped, %4 with problems. Residents: %5 new, %6 already in Madoguchi.</source>
            <translation>%1 rows: %2 to import, %3 skipped, %4 with problems. Residents: %5 new, %6 already in Madoguchi.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Rows with problems stop the import: correct the file or the mapping (Back), or tick the box above.</source>
            <translation>Rows with problems stop the import: correct the file or the mapping (Back), or tick the box above.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save mapping profile</source>
            <translation>Save mapping profile</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Mapping profile saved: %1</source>
            <translation>Mapping profile saved: %1</translation>
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
            <translation>Save</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Yes</source>
            <translation>&amp;Yes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;No</source>
            <translation>&amp;No</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Apply</source>
            <translation>Apply</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reset</source>
            <translation>Reset</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Help</source>
            <translation>Help</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <location filename="../ui/forms/base.py" line="+62" />
            <source>Delete…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>This record was also changed on another device: it has an open conflict (Settings › Conflicts).</source>
            <translation>This record was also changed on another device: it has an open conflict (Settings › Conflicts).</translation>
        </message>
        <message>
            <location line="+80" />
            <source>Please correct the fields marked in red.</source>
            <translation>Please correct the fields marked in red.</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete this record? This cannot be undone.</source>
            <translation>Delete this record? This cannot be undone.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This record has changes that are not saved. Save them?</source>
            <translation>This record has changes that are not saved. Save them?</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../ui/login.py" line="+56" />
            <source>Use the recovery code</source>
            <translation>Use the recovery code</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Type the recovery code from the paper kept in the office safe. Then choose a new password for the administrator.</source>
            <translation>Type the recovery code from the paper kept in the office safe. Then choose a new password for the administrator.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Check the code</source>
            <translation>Check the code</translation>
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
            <translation>New password</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New password again</source>
            <translation>New password again</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Set password and log in</source>
            <translation>Set password and log in</translation>
        </message>
        <message>
            <location line="+39" />
            <source>This database has no active administrator.</source>
            <translation>This database has no active administrator.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The two passwords are not the same.</source>
            <translation>The two passwords are not the same.</translation>
        </message>
    </context>
    <context>
        <name>ReportSettingsBox</name>
        <message>
            <location filename="../ui/pages/report_settings.py" line="+36" />
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Counts from 1 to one less than this are hidden as x in the annual report.</source>
            <translation>Counts from 1 to one less than this are hidden as x in the annual report.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>same as above</source>
            <translation>same as above</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A hidden count is protected when a reader of every table published this year cannot narrow it to a range narrower than this.</source>
            <translation>A hidden count is protected when a reader of every table published this year cannot narrow it to a range narrower than this.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>from the town's name</source>
            <translation>from the town's name</translation>
        </message>
        <message>
            <location line="+10" />
            <source>全国地方公共団体コード: six digits, the last one a check digit.</source>
            <translation>全国地方公共団体コード: six digits, the last one a check digit.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>suppressed counts, as in the report</source>
            <translation>suppressed counts, as in the report</translation>
        </message>
        <message>
            <location line="+1" />
            <source>exact counts, for the prefecture to suppress</source>
            <translation>exact counts, for the prefecture to suppress</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Special allocation tax measures…</source>
            <translation>Special allocation tax measures…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Other bodies' categories…</source>
            <translation>Other bodies' categories…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Hide counts below</source>
            <translation>Hide counts below</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Protection width</source>
            <translation>Protection width</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Municipality code</source>
            <translation>Municipality code</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The annual data file carries</source>
            <translation>The annual data file carries</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Town population</source>
            <translation>Town population</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Foreign residents</source>
            <translation>Foreign residents</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact (mail signature)</source>
            <translation>Contact (mail signature)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sending to the prefecture</source>
            <translation>Sending to the prefecture</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Use STARTTLS</source>
            <translation>Use STARTTLS</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Forget the saved password</source>
            <translation>Forget the saved password</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Prefecture's address</source>
            <translation>Prefecture's address</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From address</source>
            <translation>From address</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Subject</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Message</source>
            <translation>Message</translation>
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
            <translation>Save report settings</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The password is kept only in this computer's keyring, never in a file.</source>
            <translation>The password is kept only in this computer's keyring, never in a file.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No secure keyring here: Madoguchi asks for the password every time.</source>
            <translation>No secure keyring here: Madoguchi asks for the password every time.</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../ui/pages/reports.py" line="+49" />
            <source>Monthly report</source>
            <translation>Monthly report</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Annual report for the prefecture</source>
            <translation>Annual report for the prefecture</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Export PDF…</source>
            <translation>Export PDF…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Export Excel…</source>
            <translation>Export Excel…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open the file made</source>
            <translation>Open the file made</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Email draft for the prefecture…</source>
            <translation>Email draft for the prefecture…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send to the prefecture…</source>
            <translation>Send to the prefecture…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Attach the annual data file (for the prefecture's roll-up)</source>
            <translation>Attach the annual data file (for the prefecture's roll-up)</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Save the report in</source>
            <translation>Save the report in</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Records with open sync conflicts: %1. The report counts them as they stand on this device (Settings › Conflicts).</source>
            <translation>Records with open sync conflicts: %1. The report counts them as they stand on this device (Settings › Conflicts).</translation>
        </message>
        <message>
            <location line="+119" />
            <source>Making the report…</source>
            <translation>Making the report…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Saved:</source>
            <translation>Saved:</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Making the email draft…</source>
            <translation>Making the email draft…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saved. Open the .eml file to check and send it from your mail program:</source>
            <translation>Saved. Open the .eml file to check and send it from your mail program:</translation>
        </message>
        <message>
            <location filename="../ui/pages/send_dialog.py" line="+37" />
            <source>Send the %1 report (PDF, Excel and the annual data file) to %2?</source>
            <translation>Send the %1 report (PDF, Excel and the annual data file) to %2?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Send the %1 report (PDF and Excel) to %2?</source>
            <translation>Send the %1 report (PDF and Excel) to %2?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send to the prefecture</source>
            <translation>Send to the prefecture</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Sent to %1.</source>
            <translation>Sent to %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sending…</source>
            <translation>Sending…</translation>
        </message>
    </context>
    <context>
        <name>ResidentForm</name>
        <message>
            <location filename="../ui/forms/resident.py" line="+39" />
            <source>Resident</source>
            <translation>Resident</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident #%1</source>
            <translation>Resident #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+48" />
            <location filename="../ui/forms/resident.py" line="+4" />
            <source>Family name (native script)</source>
            <translation>Family name (native script)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>Given name (native script)</source>
            <translation>Given name (native script)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Family name (Latin letters)</source>
            <translation>Family name (Latin letters)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Given name (Latin letters)</source>
            <translation>Given name (Latin letters)</translation>
        </message>
        <message>
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Hiragana becomes katakana</source>
            <translation>Hiragana becomes katakana</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>Reading (katakana)</source>
            <translation>Reading (katakana)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Date of birth</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Nationality</source>
            <translation>Nationality</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Languages</source>
            <translation>Languages</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Residence status</source>
            <translation>Residence status</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Period of stay ends (在留期間満了日)</source>
            <translation>Period of stay ends (在留期間満了日)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+3" />
            <source>Residence card number</source>
            <translation>Residence card number</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>Employer or host organisation</source>
            <translation>Employer or host organisation</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <location filename="../ui/forms/resident.py" line="+9" />
            <source>ID or phone number</source>
            <translation>ID or phone number</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/resident.py" line="+4" />
            <source>SNS contacts</source>
            <translation>SNS contacts</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Arrival date</source>
            <translation>Arrival date</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Consent to keep a record: date</source>
            <translation>Consent to keep a record: date</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+3" />
            <source>Consent: how</source>
            <translation>Consent: how</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+3" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../ui/forms/resident.py" line="+9" />
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unlink</source>
            <translation>Unlink</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/resident.py" line="+8" />
            <source>Household</source>
            <translation>Household</translation>
        </message>
    </context>
    <context>
        <name>ResidentPicker</name>
        <message>
            <location filename="../ui/resident_picker.py" line="+50" />
            <source>Type a name in any script…</source>
            <translation>Type a name in any script…</translation>
        </message>
        <message>
            <location line="+47" />
            <source>New resident “%1”…</source>
            <translation>New resident “%1”…</translation>
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
            <translation>When</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Edit resident…</source>
            <translation>Edit resident…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New consultation…</source>
            <translation>New consultation…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New accompaniment…</source>
            <translation>New accompaniment…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Nationality</source>
            <translation>Nationality</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residence status</source>
            <translation>Residence status</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Languages</source>
            <translation>Languages</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Employer or host</source>
            <translation>Employer or host</translation>
        </message>
        <message>
            <location line="+1" />
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SNS</source>
            <translation>SNS</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Arrived</source>
            <translation>Arrived</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent</source>
            <translation>Consent</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Household</source>
            <translation>Household</translation>
        </message>
    </context>
    <context>
        <name>ResidentsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+5" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name (Latin)</source>
            <translation>Name (Latin)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reading</source>
            <translation>Reading</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationality</source>
            <translation>Nationality</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residence status</source>
            <translation>Residence status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stay ends</source>
            <translation>Stay ends</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Card number</source>
            <translation>Card number</translation>
        </message>
        <message>
            <location line="+1" />
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Employer or host</source>
            <translation>Employer or host</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Arrived</source>
            <translation>Arrived</translation>
        </message>
    </context>
    <context>
        <name>RetentionBox</name>
        <message>
            <location filename="../ui/pages/retention_box.py" line="+26" />
            <source>Retention</source>
            <translation>Retention</translation>
        </message>
        <message>
            <location line="+7" />
            <source> years</source>
            <translation> years</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Anonymise…</source>
            <translation>Anonymise…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No activity for</source>
            <translation>No activity for</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Anonymising blanks names, contacts, notes and free text, after a backup. Nationality, languages and residence status stay, so past reports keep their numbers.</source>
            <translation>Anonymising blanks names, contacts, notes and free text, after a backup. Nationality, languages and residence status stay, so past reports keep their numbers.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Anonymise</source>
            <translation>Anonymise</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymise %1 residents? This cannot be undone (a backup is made first).</source>
            <translation>Anonymise %1 residents? This cannot be undone (a backup is made first).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 residents have had no activity for %2 years or more.</source>
            <translation>%1 residents have had no activity for %2 years or more.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 residents anonymised.</source>
            <translation>%1 residents anonymised.</translation>
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
            <translation>Staff</translation>
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
            <translation>Outcome</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
    </context>
    <context>
        <name>SearchResultsPage</name>
        <message>
            <location filename="../ui/pages/search_results.py" line="+26" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location line="+0" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 result(s) for “%2”</source>
            <translation>%1 result(s) for “%2”</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <location filename="../ui/session.py" line="+96" />
            <source>Checking the database in the background…</source>
            <translation>Checking the database in the background…</translation>
        </message>
    </context>
    <context>
        <name>SessionForm</name>
        <message>
            <location filename="../ui/forms/session.py" line="+38" />
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session #%1</source>
            <translation>Session #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+5" />
            <location filename="../ui/forms/session.py" line="+6" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Start time</source>
            <translation>Start time</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+6" />
            <source>Copy the last session of this kind</source>
            <translation>Copy the last session of this kind</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title, topics, languages, venue, facilitator and registered attendees of the most recent session of this kind (for weekly classes)</source>
            <translation>Title, topics, languages, venue, facilitator and registered attendees of the most recent session of this kind (for weekly classes)</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/session.py" line="+6" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+3" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Topics</source>
            <translation>Topics</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Languages</source>
            <translation>Languages</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Venue</source>
            <translation>Venue</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+1" />
            <source>Held online</source>
            <translation>Held online</translation>
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
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+10" />
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/session.py" line="+11" />
            <source>Registered attendees</source>
            <translation>Registered attendees</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+1" />
            <source>Attendance sheet…</source>
            <translation>Attendance sheet…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print a sheet for attendees to sign (出席簿)</source>
            <translation>Print a sheet for attendees to sign (出席簿)</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+111" />
            <source>Nationality</source>
            <translation>Nationality</translation>
        </message>
        <message>
            <location line="-111" />
            <source>Count</source>
            <translation>Count</translation>
        </message>
        <message>
            <location line="+8" />
            <source>People who came but have no resident record</source>
            <translation>People who came but have no resident record</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add row</source>
            <translation>Add row</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove row</source>
            <translation>Remove row</translation>
        </message>
        <message>
            <location line="+101" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reading</source>
            <translation>Reading</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Attendance sheet</source>
            <translation>Attendance sheet</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/session.py" line="-97" />
            <source>Unregistered attendees</source>
            <translation>Unregistered attendees</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+4" />
            <source>Total attendance</source>
            <translation>Total attendance</translation>
        </message>
        <message>
            <location line="+72" />
            <source>%1 (%2 registered, %3 unregistered)</source>
            <translation>%1 (%2 registered, %3 unregistered)</translation>
        </message>
    </context>
    <context>
        <name>SessionsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+21" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Venue</source>
            <translation>Venue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attendance</source>
            <translation>Attendance</translation>
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
            <translation>Town and data</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Town</source>
            <translation>Town</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+135" />
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <location line="-128" />
            <source>Town name (Japanese)</source>
            <translation>Town name (Japanese)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Town name (English)</source>
            <translation>Town name (English)</translation>
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
            <translation>Schema version</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SQLite</source>
            <translation>SQLite</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recorded as user</source>
            <translation>Recorded as user</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Code lists</source>
            <translation>Code lists</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Devices</source>
            <translation>Devices</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Conflicts</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Add code…</source>
            <translation>Add code…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>List</source>
            <translation>List</translation>
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
            <translation>In this window</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Offered</source>
            <translation>Offered</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Your preferences</source>
            <translation>Your preferences</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show dates in the Japanese era (令和) in the Japanese window</source>
            <translation>Show dates in the Japanese era (令和) in the Japanese window</translation>
        </message>
        <message>
            <location line="+23" />
            <location line="+78" />
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <location line="-48" />
            <source>Security</source>
            <translation>Security</translation>
        </message>
        <message>
            <location line="+4" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Never</source>
            <translation>Never</translation>
        </message>
        <message>
            <location line="+2" />
            <source>After this many minutes without use the window locks and shows the login screen. 0 = never.</source>
            <translation>After this many minutes without use the window locks and shows the login screen. 0 = never.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Auto-lock after</source>
            <translation>Auto-lock after</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Only an administrator can change these settings, the report settings and the code lists, or export and import all records.</source>
            <translation>Only an administrator can change these settings, the report settings and the code lists, or export and import all records.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Only an administrator can change these.</source>
            <translation>Only an administrator can change these.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Only an administrator can change the code lists.</source>
            <translation>Only an administrator can change the code lists.</translation>
        </message>
    </context>
    <context>
        <name>SnsCopy</name>
        <message>
            <location filename="../ui/sns_copy.py" line="+20" />
            <source>Documents to bring:</source>
            <translation>Documents to bring:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisations that help:</source>
            <translation>Organisations that help:</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Copy for SNS</source>
            <translation>Copy for SNS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This answer has no text in %1 yet. Copy it in another language?</source>
            <translation>This answer has no text in %1 yet. Copy it in another language?</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../ui/startup.py" line="+41" />
            <source>The database was damaged and has been moved aside to %1. No verified backup was found; please call your IT staff.</source>
            <translation>The database was damaged and has been moved aside to %1. No verified backup was found; please call your IT staff.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The database was damaged and has been moved aside to %1. Restore the newest verified backup, %2?</source>
            <translation>The database was damaged and has been moved aside to %1. Restore the newest verified backup, %2?</translation>
        </message>
        <message>
            <location line="+216" />
            <source>The check found damage in the database file. Stop entering records and quit Madoguchi: at the next start the damaged file is moved aside and the newest verified backup is offered.</source>
            <translation>The check found damage in the database file. Stop entering records and quit Madoguchi: at the next start the damaged file is moved aside and the newest verified backup is offered.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Database checked; today's backup was taken (%1).</source>
            <translation>Database checked; today's backup was taken (%1).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Database checked.</source>
            <translation>Database checked.</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="../ui/labels.py" line="-85" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referred</source>
            <translation>Referred</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Waiting</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
    </context>
    <context>
        <name>SuggestionsPanel</name>
        <message>
            <location filename="../ui/forms/suggestions.py" line="+43" />
            <source>Tick the entries you answered with</source>
            <translation>Tick the entries you answered with</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Copy for SNS</source>
            <translation>Copy for SNS</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the chosen answer in the consultation's language, for Messenger, Zalo or LINE</source>
            <translation>Copy the chosen answer in the consultation's language, for Messenger, Zalo or LINE</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Tick the answers you used.</source>
            <translation>Tick the answers you used.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a topic or write what was asked to see suggested answers.</source>
            <translation>Choose a topic or write what was asked to see suggested answers.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Copied</source>
            <translation>Copied</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <location filename="../ui/sync_jobs.py" line="+36" />
            <source>Syncing with the other devices…</source>
            <translation>Syncing with the other devices…</translation>
        </message>
        <message>
            <location filename="../ui/pages/devices.py" line="-185" />
            <source>Synced: %1 added, %2 updated, %3 deleted, %4 new conflicts.</source>
            <translation>Synced: %1 added, %2 updated, %3 deleted, %4 new conflicts.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Packets refused: %1.</source>
            <translation>Packets refused: %1.</translation>
        </message>
    </context>
    <context>
        <name>TableImport</name>
        <message>
            <location filename="../app/tableimport/messages.py" line="+41" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reading (katakana)</source>
            <translation>Reading (katakana)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationality</source>
            <translation>Nationality</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Topics</source>
            <translation>Topics</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was asked</source>
            <translation>What was asked</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was done</source>
            <translation>What was done</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes (kept with what was done)</source>
            <translation>Notes (kept with what was done)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minutes</source>
            <translation>Minutes</translation>
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
            <translation>Cancelled mark</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location line="+2" />
            <source>End of the period of stay</source>
            <translation>End of the period of stay</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Residence status</source>
            <translation>Residence status</translation>
        </message>
        <message>
            <location line="+2" />
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Topic</source>
            <translation>Topic</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(leave out)</source>
            <translation>(leave out)</translation>
        </message>
        <message>
            <location filename="../ui/table_import_rows.py" line="-43" />
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skip</source>
            <translation>Skip</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check</source>
            <translation>Check</translation>
        </message>
        <message>
            <location line="+67" />
            <source>new %1: %2</source>
            <translation>new %1: %2</translation>
        </message>
    </context>
    <context>
        <name>TableImportWizard</name>
        <message>
            <location filename="../ui/table_import.py" line="-124" />
            <location line="+19" />
            <source>Import from Excel/CSV</source>
            <translation>Import from Excel/CSV</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spreadsheets (*.xlsx *.xls *.csv *.txt)</source>
            <translation>Spreadsheets (*.xlsx *.xls *.csv *.txt)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Load mapping profile</source>
            <translation>Load mapping profile</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Making the preview…</source>
            <translation>Making the preview…</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Importing…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Updating residents…</source>
            <translation>Updating residents…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Save the import report</source>
            <translation>Save the import report</translation>
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
            <translation>Today, %1</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Residence cards: period of stay ends within %1 days (%2)</source>
            <translation>Residence cards: period of stay ends within %1 days (%2)</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Follow-ups overdue (%1)</source>
            <translation>Follow-ups overdue (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Follow-ups due today (%1)</source>
            <translation>Follow-ups due today (%1)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open consultations (%1)</source>
            <translation>Open consultations (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>— the newest %1 shown</source>
            <translation>— the newest %1 shown</translation>
        </message>
    </context>
    <context>
        <name>TownNotesPage</name>
        <message>
            <location filename="../ui/pages/town_notes.py" line="+36" />
            <source>Town notes</source>
            <translation>Town notes</translation>
        </message>
        <message>
            <location line="+4" />
            <source>What the next person at this desk should know: who to call, how things are done in this town, what to watch out for. The notes go into the handover pack.</source>
            <translation>What the next person at this desk should know: who to call, how things are done in this town, what to watch out for. The notes go into the handover pack.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>For example: 税務課の窓口は2階。ゴミカレンダーの多言語版は毎年3月に届く。</source>
            <translation>For example: 税務課の窓口は2階。ゴミカレンダーの多言語版は毎年3月に届く。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save notes</source>
            <translation>Save notes</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Handover pack</source>
            <translation>Handover pack</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A folder for whoever takes over this desk: a handover document with these notes, the open consultations, the regular duties, the directory and the published knowledge base, plus the directory as spreadsheets. Residents appear by case number and initials only, unless personal data is included.</source>
            <translation>A folder for whoever takes over this desk: a handover document with these notes, the open consultations, the regular duties, the directory and the published knowledge base, plus the directory as spreadsheets. Residents appear by case number and initials only, unless personal data is included.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Include personal data (residents' full names)</source>
            <translation>Include personal data (residents' full names)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Without it, open cases show initials and the case number.</source>
            <translation>Without it, open cases show initials and the case number.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only an administrator can include personal data.</source>
            <translation>Only an administrator can include personal data.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make handover pack…</source>
            <translation>Make handover pack…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Make the handover pack in</source>
            <translation>Make the handover pack in</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Making the handover pack…</source>
            <translation>Making the handover pack…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Saved:</source>
            <translation>Saved:</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <location filename="../ui/pages/users.py" line="+89" />
            <source>Each person logs in with their own name. Disabling a user removes their key: they can no longer open the database, and their past records keep their name.</source>
            <translation>Each person logs in with their own name. Disabling a user removes their key: they can no longer open the database, and their past records keep their name.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add user…</source>
            <translation>Add user…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Disable…</source>
            <translation>Disable…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Set password…</source>
            <translation>Set password…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <location line="+0" />
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Disabled</source>
            <translation>Disabled</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locked (too many failed logins)</source>
            <translation>Locked (too many failed logins)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Disable user</source>
            <translation>Disable user</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disable %1? They will no longer be able to log in. This cannot be undone; add them again under a new name if needed.</source>
            <translation>Disable %1? They will no longer be able to log in. This cannot be undone; add them again under a new name if needed.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Added %1.</source>
            <translation>Added %1.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The password of %1 is changed.</source>
            <translation>The password of %1 is changed.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 is disabled.</source>
            <translation>%1 is disabled.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 can log in again.</source>
            <translation>%1 can log in again.</translation>
        </message>
    </context>
    <context>
        <name>ValuesPage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="-173" />
            <source>Codes for the file's words</source>
            <translation>Codes for the file's words</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a code for each word that is not a code's own name, and the values for what the file has no column for. A word left without a code stops its rows.</source>
            <translation>Choose a code for each word that is not a code's own name, and the values for what the file has no column for. A word left without a code stops its rows.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>List</source>
            <translation>List</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Text in the file</source>
            <translation>Text in the file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rows</source>
            <translation>Rows</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location line="+25" />
            <source>%1 where the file has none:</source>
            <translation>%1 where the file has none:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>(no code: the row stops)</source>
            <translation>(no code: the row stops)</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Every word of the file has a code.</source>
            <translation>Every word of the file has a code.</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../app/accounts.py" line="+45" />
            <location filename="../app/keyslots.py" line="+45" />
            <source>The user name or password is not right.</source>
            <translation>The user name or password is not right.</translation>
        </message>
        <message>
            <location line="+69" />
            <source>%1 already exists; a new database is only made in a new place.</source>
            <translation>%1 already exists; a new database is only made in a new place.</translation>
        </message>
        <message>
            <location line="+63" />
            <source>This account is locked after too many failed logins; an administrator can unlock it.</source>
            <translation>This account is locked after too many failed logins; an administrator can unlock it.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Too many failed logins: try again in %1 seconds.</source>
            <translation>Too many failed logins: try again in %1 seconds.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>This login is refused: the list of users was changed outside Madoguchi, so your role cannot be trusted. An administrator can see it in the audit trail.</source>
            <translation>This login is refused: the list of users was changed outside Madoguchi, so your role cannot be trusted. An administrator can see it in the audit trail.</translation>
        </message>
        <message>
            <location line="+143" />
            <source>That recovery code does not open this database.</source>
            <translation>That recovery code does not open this database.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>This database is not encrypted, so it has no accounts.</source>
            <translation>This database is not encrypted, so it has no accounts.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Only an administrator can manage users.</source>
            <translation>Only an administrator can manage users.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Log out and log in again as an administrator first: this session cannot sign a change of the users list.</source>
            <translation>Log out and log in again as an administrator first: this session cannot sign a change of the users list.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>That user cannot log in.</source>
            <translation>That user cannot log in.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>You cannot disable your own account.</source>
            <translation>You cannot disable your own account.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+53" />
            <source>There is no such user.</source>
            <translation>There is no such user.</translation>
        </message>
        <message>
            <location line="-51" />
            <source>The last administrator cannot be disabled.</source>
            <translation>The last administrator cannot be disabled.</translation>
        </message>
        <message>
            <location filename="../app/audit.py" line="+100" />
            <source>An audit row is written only inside a write transaction.</source>
            <translation>An audit row is written only inside a write transaction.</translation>
        </message>
        <message>
            <location line="+199" />
            <source>Only an administrator can read the audit trail.</source>
            <translation>Only an administrator can read the audit trail.</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../app/reports/build.py" line="+54" />
            <source>%1 is not a date; write it as YYYY-MM-DD.</source>
            <translation>%1 is not a date; write it as YYYY-MM-DD.</translation>
        </message>
        <message>
            <location filename="../app/backup.py" line="+40" />
            <location filename="../app/cli.py" line="+236" />
            <location filename="../app/db.py" line="+97" />
            <source>There is no database at %1.</source>
            <translation>There is no database at %1.</translation>
        </message>
        <message>
            <location line="+48" />
            <source>The backup folder %1 is not there (is the drive plugged in?).</source>
            <translation>The backup folder %1 is not there (is the drive plugged in?).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Madoguchi cannot write to the backup folder %1.</source>
            <translation>Madoguchi cannot write to the backup folder %1.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Give the backup folder as a full path, not %1.</source>
            <translation>Give the backup folder as a full path, not %1.</translation>
        </message>
        <message>
            <location line="+61" />
            <source>This database has no file, so it cannot be backed up.</source>
            <translation>This database has no file, so it cannot be backed up.</translation>
        </message>
        <message>
            <location line="+21" />
            <location filename="../app/integrity.py" line="+246" />
            <source>The backup could not be made in %1 (%2).</source>
            <translation>The backup could not be made in %1 (%2).</translation>
        </message>
        <message>
            <location line="+17" />
            <source>There is no backup file at %1.</source>
            <translation>There is no backup file at %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is not encrypted, so it is not a Madoguchi backup.</source>
            <translation>%1 is not encrypted, so it is not a Madoguchi backup.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The backup %1 does not open with this database's key: it is damaged, or it belongs to another database.</source>
            <translation>The backup %1 does not open with this database's key: it is damaged, or it belongs to another database.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The backup %1 is damaged (%2).</source>
            <translation>The backup %1 is damaged (%2).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The backup %1 is damaged (integrity_check: %2).</source>
            <translation>The backup %1 is damaged (integrity_check: %2).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is not a Madoguchi backup.</source>
            <translation>%1 is not a Madoguchi backup.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The backup %1 was made by a newer Madoguchi.</source>
            <translation>The backup %1 was made by a newer Madoguchi.</translation>
        </message>
        <message>
            <location line="+198" />
            <source>A database cannot be restored from itself.</source>
            <translation>A database cannot be restored from itself.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The backup could not be restored (%1); the current file was not replaced.</source>
            <translation>The backup could not be restored (%1); the current file was not replaced.</translation>
        </message>
        <message>
            <location line="+71" />
            <source>The damaged database could not be moved aside (%1); it was not deleted.</source>
            <translation>The damaged database could not be moved aside (%1); it was not deleted.</translation>
        </message>
        <message>
            <location filename="../app/backup_cli.py" line="+42" />
            <source>Only an administrator can change the backup folder.</source>
            <translation>Only an administrator can change the backup folder.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Only an administrator can restore a backup.</source>
            <translation>Only an administrator can restore a backup.</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../app/services.py" line="+128" />
            <source>This database has no file.</source>
            <translation>This database has no file.</translation>
        </message>
        <message>
            <location filename="../app/check.py" line="+56" />
            <source>%1 is damaged or is not a Madoguchi database (%2).</source>
            <translation>%1 is damaged or is not a Madoguchi database (%2).</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="-207" />
            <source>The window is not part of this installation.</source>
            <translation>The window is not part of this installation.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is empty (0 bytes) and was kept as it is; the newest backup that opens is %2 (madoguchi restore --from %2).</source>
            <translation>%1 is empty (0 bytes) and was kept as it is; the newest backup that opens is %2 (madoguchi restore --from %2).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is empty (0 bytes) and was kept as it is; no backup that opens was found, so please call your IT staff.</source>
            <translation>%1 is empty (0 bytes) and was kept as it is; no backup that opens was found, so please call your IT staff.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is damaged and was not changed; the newest backup that opens is %2 (madoguchi restore --from %2).</source>
            <translation>%1 is damaged and was not changed; the newest backup that opens is %2 (madoguchi restore --from %2).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is open in a Madoguchi window, and this command changes records: close the window (or quit Madoguchi) first, then run the command again. Nothing was changed.</source>
            <translation>%1 is open in a Madoguchi window, and this command changes records: close the window (or quit Madoguchi) first, then run the command again. Nothing was changed.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is damaged and was not changed; no backup that opens was found, so please call your IT staff.</source>
            <translation>%1 is damaged and was not changed; no backup that opens was found, so please call your IT staff.</translation>
        </message>
        <message>
            <location line="+146" />
            <source>No password: set %1, or run the command in a terminal to be asked for it.</source>
            <translation>No password: set %1, or run the command in a terminal to be asked for it.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The two passwords are not the same; nothing was made.</source>
            <translation>The two passwords are not the same; nothing was made.</translation>
        </message>
        <message>
            <location line="+44" />
            <source>%1 is not encrypted; Madoguchi keeps records only in encrypted databases. It was not changed.</source>
            <translation>%1 is not encrypted; Madoguchi keeps records only in encrypted databases. It was not changed.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The key file %1 is missing beside the database, so it cannot be opened.</source>
            <translation>The key file %1 is missing beside the database, so it cannot be opened.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This database is encrypted: give --user NAME (the password comes from %1 or a prompt).</source>
            <translation>This database is encrypted: give --user NAME (the password comes from %1 or a prompt).</translation>
        </message>
        <message>
            <location line="+81" />
            <source>A demo town has 1 to 100,000 residents and 1 to 50 years.</source>
            <translation>A demo town has 1 to 100,000 residents and 1 to 50 years.</translation>
        </message>
        <message>
            <location filename="../app/consultations.py" line="+25" />
            <source>That consultation no longer exists.</source>
            <translation>That consultation no longer exists.</translation>
        </message>
        <message>
            <location line="+66" />
            <source>That accompaniment no longer exists.</source>
            <translation>That accompaniment no longer exists.</translation>
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
            <translation>The folder %1 does not exist.</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="-92" />
            <location filename="../app/db.py" line="+3" />
            <source>%1 is a folder, not a database file.</source>
            <translation>%1 is a folder, not a database file.</translation>
        </message>
        <message>
            <location filename="../app/db.py" line="+3" />
            <source>%1 is not encrypted, so it cannot be opened as an encrypted database; it was not changed.</source>
            <translation>%1 is not encrypted, so it cannot be opened as an encrypted database; it was not changed.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The database %1 cannot be opened (%2).</source>
            <translation>The database %1 cannot be opened (%2).</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+41" />
            <source>The database key has the wrong length.</source>
            <translation>The database key has the wrong length.</translation>
        </message>
        <message>
            <location line="-27" />
            <source>The database %1 cannot use write-ahead logging.</source>
            <translation>The database %1 cannot use write-ahead logging.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 is encrypted or is not a Madoguchi database: log in to open it. It was not changed.</source>
            <translation>%1 is encrypted or is not a Madoguchi database: log in to open it. It was not changed.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 could not be decrypted: the file is damaged, or its key file belongs to another database. It was not changed.</source>
            <translation>%1 could not be decrypted: the file is damaged, or its key file belongs to another database. It was not changed.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is damaged or is not a Madoguchi database; it was not changed.</source>
            <translation>%1 is damaged or is not a Madoguchi database; it was not changed.</translation>
        </message>
        <message>
            <location line="+57" />
            <source>The backup %1 did not verify (%2).</source>
            <translation>The backup %1 did not verify (%2).</translation>
        </message>
        <message>
            <location filename="../app/demo.py" line="-10" />
            <source>A demo town needs at least one resident and one year.</source>
            <translation>A demo town needs at least one resident and one year.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+3" />
            <location line="+29" />
            <source>%1 already exists; the demo is only written to a new file.</source>
            <translation>%1 already exists; the demo is only written to a new file.</translation>
        </message>
        <message>
            <location filename="../app/directory.py" line="+36" />
            <source>That organisation no longer exists.</source>
            <translation>That organisation no longer exists.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>That bridge person no longer exists.</source>
            <translation>That bridge person no longer exists.</translation>
        </message>
        <message>
            <location filename="../app/exchange_check.py" line="+60" />
            <source>%1, field '%2': has the wrong type. Nothing was imported.</source>
            <translation>%1, field '%2': has the wrong type. Nothing was imported.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>%1, field '%2': %3 Nothing was imported.</source>
            <translation>%1, field '%2': %3 Nothing was imported.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>The file is not a Madoguchi export (field 'format'). Nothing was imported.</source>
            <translation>The file is not a Madoguchi export (field 'format'). Nothing was imported.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The file has format version %1; this Madoguchi reads version %2. Nothing was imported.</source>
            <translation>The file has format version %1; this Madoguchi reads version %2. Nothing was imported.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Field 'code_items' must be a list. Nothing was imported.</source>
            <translation>Field 'code_items' must be a list. Nothing was imported.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1, field '%2': needs list, code, label_ja, label_en. Nothing was imported.</source>
            <translation>%1, field '%2': needs list, code, label_ja, label_en. Nothing was imported.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1, field '%2': sort_order must be a whole number and active true or false. Nothing was imported.</source>
            <translation>%1, field '%2': sort_order must be a whole number and active true or false. Nothing was imported.</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+22" />
            <location filename="../app/kbpack.py" line="+78" />
            <source>Field '%1' must be a list. Nothing was imported.</source>
            <translation>Field '%1' must be a list. Nothing was imported.</translation>
        </message>
        <message>
            <location line="-9" />
            <source>%1, field '%2': refers to a resident that is neither in the file nor in the database. Nothing was imported.</source>
            <translation>%1, field '%2': refers to a resident that is neither in the file nor in the database. Nothing was imported.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>%1, field '%2': a deleted record that is also in the file or in the database. Nothing was imported.</source>
            <translation>%1, field '%2': a deleted record that is also in the file or in the database. Nothing was imported.</translation>
        </message>
        <message>
            <location line="+32" />
            <location filename="../app/kbpack.py" line="-48" />
            <source>%1, field '%2': is not an object. Nothing was imported.</source>
            <translation>%1, field '%2': is not an object. Nothing was imported.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1, field '%2': missing or not a text. Nothing was imported.</source>
            <translation>%1, field '%2': missing or not a text. Nothing was imported.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': not a UUID. Nothing was imported.</source>
            <translation>%1, field '%2': not a UUID. Nothing was imported.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, field '%2': appears twice in the file. Nothing was imported.</source>
            <translation>%1, field '%2': appears twice in the file. Nothing was imported.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, field '%2': this record is already in the database. Nothing was imported.</source>
            <translation>%1, field '%2': this record is already in the database. Nothing was imported.</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../app/kbpack.py" line="+5" />
            <source>%1, field '%2': unknown field. Nothing was imported.</source>
            <translation>%1, field '%2': unknown field. Nothing was imported.</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../app/kbpack.py" line="+5" />
            <source>%1, field '%2': missing. Nothing was imported.</source>
            <translation>%1, field '%2': missing. Nothing was imported.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1, field '%2': not a date and time. Nothing was imported.</source>
            <translation>%1, field '%2': not a date and time. Nothing was imported.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': longer than a user name can be. Nothing was imported.</source>
            <translation>%1, field '%2': longer than a user name can be. Nothing was imported.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1, field '%2': refers to a record that is neither in the file nor in the database. Nothing was imported.</source>
            <translation>%1, field '%2': refers to a record that is neither in the file nor in the database. Nothing was imported.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1, field '%2': each link needs 'related' and 'relation'. Nothing was imported.</source>
            <translation>%1, field '%2': each link needs 'related' and 'relation'. Nothing was imported.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': a resident cannot be linked to themselves. Nothing was imported.</source>
            <translation>%1, field '%2': a resident cannot be linked to themselves. Nothing was imported.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1, field '%2': refers to a resident that is not there. Nothing was imported.</source>
            <translation>%1, field '%2': refers to a resident that is not there. Nothing was imported.</translation>
        </message>
        <message>
            <location line="-263" />
            <source>Some of these records were added to the database while the file was being imported (the same file imported twice at once?). Nothing was imported.</source>
            <translation>Some of these records were added to the database while the file was being imported (the same file imported twice at once?). Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../app/files.py" line="-86" />
            <source>The disk is full, so %1 was not written; nothing was left half-written. Free some space and try again.</source>
            <translation>The disk is full, so %1 was not written; nothing was left half-written. Free some space and try again.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 could not be written (%2); nothing was left half-written.</source>
            <translation>%1 could not be written (%2); nothing was left half-written.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is a folder: give the name of a file to write.</source>
            <translation>%1 is a folder: give the name of a file to write.</translation>
        </message>
        <message>
            <location line="+121" />
            <source>%1 is a folder, not a Madoguchi export.</source>
            <translation>%1 is a folder, not a Madoguchi export.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not a Madoguchi export.</source>
            <translation>%1 is not a Madoguchi export.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is a folder, not a Madoguchi knowledge pack.</source>
            <translation>%1 is a folder, not a Madoguchi knowledge pack.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not a Madoguchi knowledge pack.</source>
            <translation>%1 is not a Madoguchi knowledge pack.</translation>
        </message>
        <message>
            <location line="+57" />
            <source>%1 names the same field twice in one record, so it is not clear which value counts; nothing was read from it.</source>
            <translation>%1 names the same field twice in one record, so it is not clear which value counts; nothing was read from it.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is nested too deeply to be a Madoguchi file (at %2).</source>
            <translation>%1 is nested too deeply to be a Madoguchi file (at %2).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 holds a number too large for any field (at %2).</source>
            <translation>%1 holds a number too large for any field (at %2).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 holds a control or text-direction character that no record may contain (at %2).</source>
            <translation>%1 holds a control or text-direction character that no record may contain (at %2).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is larger than 512 MB, too large to be a Madoguchi file.</source>
            <translation>%1 is larger than 512 MB, too large to be a Madoguchi file.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is not an ordinary file.</source>
            <translation>%1 is not an ordinary file.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is a folder, not %2.</source>
            <translation>%1 is a folder, not %2.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not %2.</source>
            <translation>%1 is not %2.</translation>
        </message>
        <message>
            <location line="+12" />
            <location filename="../app/sync_cli.py" line="+22" />
            <source>There is no file %1.</source>
            <translation>There is no file %1.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 cannot be read as UTF-8 text (%2).</source>
            <translation>%1 cannot be read as UTF-8 text (%2).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is not valid JSON (line %2: %3).</source>
            <translation>%1 is not valid JSON (line %2: %3).</translation>
        </message>
        <message>
            <location filename="../app/instance.py" line="+19" />
            <source>This database is already open in another Madoguchi window (perhaps of another user of this computer); close it there first.</source>
            <translation>This database is already open in another Madoguchi window (perhaps of another user of this computer); close it there first.</translation>
        </message>
        <message>
            <location line="+96" />
            <source>Madoguchi cannot create the lock file %1 beside the database (%2).</source>
            <translation>Madoguchi cannot create the lock file %1 beside the database (%2).</translation>
        </message>
        <message>
            <location filename="../app/kbpack.py" line="-117" />
            <source>%1, field '%2': appears twice in the pack. Nothing was imported.</source>
            <translation>%1, field '%2': appears twice in the pack. Nothing was imported.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Set the town's name (Settings) before exporting a knowledge pack: every entry carries the town it came from.</source>
            <translation>Set the town's name (Settings) before exporting a knowledge pack: every entry carries the town it came from.</translation>
        </message>
        <message>
            <location line="+49" />
            <source>%1 is not a Madoguchi knowledge pack (field 'format').</source>
            <translation>%1 is not a Madoguchi knowledge pack (field 'format').</translation>
        </message>
        <message>
            <location line="+34" />
            <source>%1, field '%2': is too short to be a UUID. Nothing was imported.</source>
            <translation>%1, field '%2': is too short to be a UUID. Nothing was imported.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>This is not a Madoguchi knowledge pack (field 'format'). Nothing was imported.</source>
            <translation>This is not a Madoguchi knowledge pack (field 'format'). Nothing was imported.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The pack has format version %1; this Madoguchi reads version %2. Nothing was imported.</source>
            <translation>The pack has format version %1; this Madoguchi reads version %2. Nothing was imported.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The pack does not say which town it came from (field 'town'). Nothing was imported.</source>
            <translation>The pack does not say which town it came from (field 'town'). Nothing was imported.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1, field '%2': must be a list of codes. Nothing was imported.</source>
            <translation>%1, field '%2': must be a list of codes. Nothing was imported.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>%1, field '%2': each text needs exactly 'language', 'question' and 'answer', as text. Nothing was imported.</source>
            <translation>%1, field '%2': each text needs exactly 'language', 'question' and 'answer', as text. Nothing was imported.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': must be a list of document names. Nothing was imported.</source>
            <translation>%1, field '%2': must be a list of document names. Nothing was imported.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1, field '%2': must be a list of organisation UUIDs. Nothing was imported.</source>
            <translation>%1, field '%2': must be a list of organisation UUIDs. Nothing was imported.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': refers to an organisation that is neither in the pack nor in the directory. Nothing was imported.</source>
            <translation>%1, field '%2': refers to an organisation that is neither in the pack nor in the directory. Nothing was imported.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1, field '%2': another entry of the pack has the same topic and Japanese question. Nothing was imported.</source>
            <translation>%1, field '%2': another entry of the pack has the same topic and Japanese question. Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../app/keyslots.py" line="-1" />
            <source>The key file %1 is damaged.</source>
            <translation>The key file %1 is damaged.</translation>
        </message>
        <message>
            <location line="+172" />
            <source>The key file %1 is missing beside the database, so the database cannot be opened.</source>
            <translation>The key file %1 is missing beside the database, so the database cannot be opened.</translation>
        </message>
        <message>
            <location filename="../app/knowledge.py" line="+95" />
            <source>That knowledge entry no longer exists.</source>
            <translation>That knowledge entry no longer exists.</translation>
        </message>
        <message>
            <location line="+165" />
            <source>This answer has no text in that language yet; it has %1.</source>
            <translation>This answer has no text in that language yet; it has %1.</translation>
        </message>
        <message>
            <location filename="../app/languages.py" line="+31" />
            <source>Unknown language %1; use one of: %2.</source>
            <translation>Unknown language %1; use one of: %2.</translation>
        </message>
        <message>
            <location filename="../app/migrations.py" line="+48" />
            <source>Unexpected file in the migrations folder: %1.</source>
            <translation>Unexpected file in the migrations folder: %1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Migration %1 is missing.</source>
            <translation>Migration %1 is missing.</translation>
        </message>
        <message>
            <location line="+22" />
            <location filename="../app/store.py" line="+279" />
            <source>This database was made by a newer Madoguchi (schema %1; this version knows up to %2). It was not changed: please update Madoguchi.</source>
            <translation>This database was made by a newer Madoguchi (schema %1; this version knows up to %2). It was not changed: please update Madoguchi.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Updating the database to schema %1 (%2) failed: %3. The database is unchanged at schema %4.</source>
            <translation>Updating the database to schema %1 (%2) failed: %3. The database is unchanged at schema %4.</translation>
        </message>
        <message>
            <location filename="../app/progress.py" line="+16" />
            <source>Cancelled; nothing was changed.</source>
            <translation>Cancelled; nothing was changed.</translation>
        </message>
        <message>
            <location filename="../app/reports/build.py" line="-45" />
            <source>Unknown format %1; choose from %2.</source>
            <translation>Unknown format %1; choose from %2.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is not a month; write it as YYYY-MM.</source>
            <translation>%1 is not a month; write it as YYYY-MM.</translation>
        </message>
        <message>
            <location line="+79" />
            <source>The annual report was not written: the disclosure audit found %1 hidden figure(s) that could be narrowed down to less than %2 (first: %3).</source>
            <translation>The annual report was not written: the disclosure audit found %1 hidden figure(s) that could be narrowed down to less than %2 (first: %3).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 is not a fiscal year Madoguchi can report on.</source>
            <translation>%1 is not a fiscal year Madoguchi can report on.</translation>
        </message>
        <message>
            <location filename="../app/reports/fonts.py" line="+94" />
            <source>The font file %1 is missing from %2; reinstall Madoguchi.</source>
            <translation>The font file %1 is missing from %2; reinstall Madoguchi.</translation>
        </message>
        <message>
            <location filename="../app/reports/mail.py" line="+35" />
            <source>The mail subject uses an unknown placeholder {%1}; known ones are: %2.</source>
            <translation>The mail subject uses an unknown placeholder {%1}; known ones are: %2.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail body uses an unknown placeholder {%1}; known ones are: %2.</source>
            <translation>The mail body uses an unknown placeholder {%1}; known ones are: %2.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail template uses an unknown placeholder {%1}; known ones are: %2.</source>
            <translation>The mail template uses an unknown placeholder {%1}; known ones are: %2.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail subject has a broken placeholder; write placeholders as {town} and a literal brace as {{ or }}.</source>
            <translation>The mail subject has a broken placeholder; write placeholders as {town} and a literal brace as {{ or }}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail body has a broken placeholder; write placeholders as {town} and a literal brace as {{ or }}.</source>
            <translation>The mail body has a broken placeholder; write placeholders as {town} and a literal brace as {{ or }}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail template has a broken placeholder; write placeholders as {town} and a literal brace as {{ or }}.</source>
            <translation>The mail template has a broken placeholder; write placeholders as {town} and a literal brace as {{ or }}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The sender address is empty.</source>
            <translation>The sender address is empty.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The recipient address is empty.</source>
            <translation>The recipient address is empty.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The sender address %1 is not valid.</source>
            <translation>The sender address %1 is not valid.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The recipient address %1 is not valid.</source>
            <translation>The recipient address %1 is not valid.</translation>
        </message>
        <message>
            <location line="+79" />
            <source>%1 is a monthly report, for use inside the town hall only; it is never attached to the mail to the prefecture.</source>
            <translation>%1 is a monthly report, for use inside the town hall only; it is never attached to the mail to the prefecture.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1: files are attached as they are, never zipped.</source>
            <translation>%1: files are attached as they are, never zipped.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The attachment %1 could not be read.</source>
            <translation>The attachment %1 could not be read.</translation>
        </message>
        <message>
            <location line="+80" />
            <source>The password could not be read from the system keyring.</source>
            <translation>The password could not be read from the system keyring.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Enter the SMTP user name before saving a password.</source>
            <translation>Enter the SMTP user name before saving a password.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No secure keyring is available on this computer, so the password cannot be saved; it will be asked for each time.</source>
            <translation>No secure keyring is available on this computer, so the password cannot be saved; it will be asked for each time.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The password could not be saved in the system keyring.</source>
            <translation>The password could not be saved in the system keyring.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The password could not be removed from the system keyring.</source>
            <translation>The password could not be removed from the system keyring.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>No password was given and no secure keyring is available on this computer; enter the SMTP password to send.</source>
            <translation>No password was given and no secure keyring is available on this computer; enter the SMTP password to send.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No password was given and none is saved in the keyring for %1; enter the SMTP password to send.</source>
            <translation>No password was given and none is saved in the keyring for %1; enter the SMTP password to send.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No mail server (SMTP host) is set.</source>
            <translation>No mail server (SMTP host) is set.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The password would travel unencrypted; turn on STARTTLS.</source>
            <translation>The password would travel unencrypted; turn on STARTTLS.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>SMTP login cannot send a user name or password with non-ASCII characters (e.g. full-width letters); check what was typed.</source>
            <translation>SMTP login cannot send a user name or password with non-ASCII characters (e.g. full-width letters); check what was typed.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>The mail server %1 did not accept the user name or password.</source>
            <translation>The mail server %1 did not accept the user name or password.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 does not offer STARTTLS encryption; nothing was sent.</source>
            <translation>The mail server %1 does not offer STARTTLS encryption; nothing was sent.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 does not accept a login (SMTP AUTH).</source>
            <translation>The mail server %1 does not accept a login (SMTP AUTH).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail server %1 cannot take this message.</source>
            <translation>The mail server %1 cannot take this message.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail server %1 refused the recipient address %2.</source>
            <translation>The mail server %1 refused the recipient address %2.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 refused the sender address %2.</source>
            <translation>The mail server %1 refused the sender address %2.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The certificate of %1 could not be verified; nothing was sent.</source>
            <translation>The certificate of %1 could not be verified; nothing was sent.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The encrypted connection (TLS) to %1 failed; nothing was sent.</source>
            <translation>The encrypted connection (TLS) to %1 failed; nothing was sent.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 closed the connection unexpectedly.</source>
            <translation>The mail server %1 closed the connection unexpectedly.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 offers no login method Madoguchi can use.</source>
            <translation>The mail server %1 offers no login method Madoguchi can use.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 answered with error %2; nothing was sent.</source>
            <translation>The mail server %1 answered with error %2; nothing was sent.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 refused the connection; check the server name and port.</source>
            <translation>The mail server %1 refused the connection; check the server name and port.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server name %1 could not be found.</source>
            <translation>The mail server name %1 could not be found.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 did not answer within %2 seconds.</source>
            <translation>The mail server %1 did not answer within %2 seconds.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sending through the mail server %1 failed.</source>
            <translation>Sending through the mail server %1 failed.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Could not connect to the mail server %1.</source>
            <translation>Could not connect to the mail server %1.</translation>
        </message>
        <message>
            <location filename="../app/residents.py" line="+56" />
            <source>That resident no longer exists.</source>
            <translation>That resident no longer exists.</translation>
        </message>
        <message>
            <location line="+50" />
            <source>This resident has %1 linked records; delete or reassign them first.</source>
            <translation>This resident has %1 linked records; delete or reassign them first.</translation>
        </message>
        <message>
            <location filename="../app/retention.py" line="+94" />
            <source>The retention period must be at least one year.</source>
            <translation>The retention period must be at least one year.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The retention period can be at most %1 years.</source>
            <translation>The retention period can be at most %1 years.</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Only an administrator can purge residents' records.</source>
            <translation>Only an administrator can purge residents' records.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Some of those residents no longer exist; nothing was changed.</source>
            <translation>Some of those residents no longer exist; nothing was changed.</translation>
        </message>
        <message>
            <location filename="../app/rows.py" line="+26" />
            <source>The resident no longer exists; it may have been deleted.</source>
            <translation>The resident no longer exists; it may have been deleted.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The consultation no longer exists; it may have been deleted.</source>
            <translation>The consultation no longer exists; it may have been deleted.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The accompaniment no longer exists; it may have been deleted.</source>
            <translation>The accompaniment no longer exists; it may have been deleted.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The session no longer exists; it may have been deleted.</source>
            <translation>The session no longer exists; it may have been deleted.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The organisation no longer exists; it may have been deleted.</source>
            <translation>The organisation no longer exists; it may have been deleted.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The bridge person no longer exists; it may have been deleted.</source>
            <translation>The bridge person no longer exists; it may have been deleted.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The knowledge entry no longer exists; it may have been deleted.</source>
            <translation>The knowledge entry no longer exists; it may have been deleted.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>The %1 no longer exists; it may have been deleted.</source>
            <translation>The %1 no longer exists; it may have been deleted.</translation>
        </message>
        <message>
            <location filename="../app/sessions.py" line="+24" />
            <source>That session no longer exists.</source>
            <translation>That session no longer exists.</translation>
        </message>
        <message>
            <location filename="../app/storage.py" line="+27" />
            <source>The database is on a network drive, where SQLite is not safe and the file can be damaged, so please keep it on this computer's own disk.</source>
            <translation>The database is on a network drive, where SQLite is not safe and the file can be damaged, so please keep it on this computer's own disk.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The database is in a folder synced by %1, where SQLite is not safe and the file can be damaged, so please move it to a folder that is not synced.</source>
            <translation>The database is in a folder synced by %1, where SQLite is not safe and the file can be damaged, so please move it to a folder that is not synced.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The database is in a folder synced by a cloud storage service, where SQLite is not safe and the file can be damaged, so please move it to a folder that is not synced.</source>
            <translation>The database is in a folder synced by a cloud storage service, where SQLite is not safe and the file can be damaged, so please move it to a folder that is not synced.</translation>
        </message>
        <message>
            <location filename="../app/store.py" line="-256" />
            <source>The disk is full: this record was not saved. Free some space and save again.</source>
            <translation>The disk is full: this record was not saved. Free some space and save again.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The disk could not be written: this record was not saved. Check the drive and save again.</source>
            <translation>The disk could not be written: this record was not saved. Check the drive and save again.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Only an administrator can change the settings.</source>
            <translation>Only an administrator can change the settings.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can change the code lists.</source>
            <translation>Only an administrator can change the code lists.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can change the report settings.</source>
            <translation>Only an administrator can change the report settings.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can export every record.</source>
            <translation>Only an administrator can export every record.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can import records.</source>
            <translation>Only an administrator can import records.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can import a knowledge pack.</source>
            <translation>Only an administrator can import a knowledge pack.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can put residents' names in a handover pack.</source>
            <translation>Only an administrator can put residents' names in a handover pack.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>The database is busy: another Madoguchi (perhaps a command-line import) is writing to it. Nothing was saved yet; try again in a moment.</source>
            <translation>The database is busy: another Madoguchi (perhaps a command-line import) is writing to it. Nothing was saved yet; try again in a moment.</translation>
        </message>
        <message>
            <location line="+91" />
            <source>This database was closed (after a change of user or a restore).</source>
            <translation>This database was closed (after a change of user or a restore).</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Only an administrator can %1.</source>
            <translation>Only an administrator can %1.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>%1 is on read-only media (or in a folder that cannot be written): it can be read and reported on, but nothing can be changed in it.</source>
            <translation>%1 is on read-only media (or in a folder that cannot be written): it can be read and reported on, but nothing can be changed in it.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is on read-only media and was made by an older Madoguchi, so it cannot be updated to be read; copy it to this computer's disk first.</source>
            <translation>%1 is on read-only media and was made by an older Madoguchi, so it cannot be updated to be read; copy it to this computer's disk first.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is empty (0 bytes), so it holds no records; it was kept as it is. Restore the newest backup instead.</source>
            <translation>%1 is empty (0 bytes), so it holds no records; it was kept as it is. Restore the newest backup instead.</translation>
        </message>
        <message>
            <location filename="../app/tableimport/cells.py" line="+21" />
            <source>'%1' is not a date.</source>
            <translation>'%1' is not a date.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' is a date that does not exist.</source>
            <translation>'%1' is a date that does not exist.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The date is empty.</source>
            <translation>The date is empty.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' has no year, and the sheet's title names no 年度: set the fiscal year in the mapping.</source>
            <translation>'%1' has no year, and the sheet's title names no 年度: set the fiscal year in the mapping.</translation>
        </message>
        <message>
            <location filename="../app/tableimport/command.py" line="+64" />
            <source>Give --user NAME: the new town's first administrator.</source>
            <translation>Give --user NAME: the new town's first administrator.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>%1 is a mapping for a resident roster; add --roster.</source>
            <translation>%1 is a mapping for a resident roster; add --roster.</translation>
        </message>
        <message>
            <location filename="../app/tableimport/errors.py" line="+18" />
            <source>%1 is not an Excel workbook (.xlsx, .xls) or a CSV file. Nothing was imported.</source>
            <translation>%1 is not an Excel workbook (.xlsx, .xls) or a CSV file. Nothing was imported.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is protected with a password: open it in Excel, remove the password, save it and try again. Nothing was imported.</source>
            <translation>%1 is protected with a password: open it in Excel, remove the password, save it and try again. Nothing was imported.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is larger than %2 MB, the most a table import reads. Nothing was imported.</source>
            <translation>%1 is larger than %2 MB, the most a table import reads. Nothing was imported.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 unpacks to more than %2 MB, more than a table import reads. Nothing was imported.</source>
            <translation>%1 unpacks to more than %2 MB, more than a table import reads. Nothing was imported.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sheet '%1' has more than %2 rows, the most a table import reads. Nothing was imported.</source>
            <translation>Sheet '%1' has more than %2 rows, the most a table import reads. Nothing was imported.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sheet '%1' has more than %2 columns, the most a table import reads. Nothing was imported.</source>
            <translation>Sheet '%1' has more than %2 columns, the most a table import reads. Nothing was imported.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sheet '%1', row %2 has a cell of %3 characters or more, as long as Excel itself allows. Nothing was imported.</source>
            <translation>Sheet '%1', row %2 has a cell of %3 characters or more, as long as Excel itself allows. Nothing was imported.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 could not be read as a spreadsheet; it may be damaged. Nothing was imported.</source>
            <translation>%1 could not be read as a spreadsheet; it may be damaged. Nothing was imported.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no file at %1.</source>
            <translation>There is no file at %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The file has no sheet named '%1'. Nothing was imported.</source>
            <translation>The file has no sheet named '%1'. Nothing was imported.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This file was already imported on %1 by %2; importing it again would add its records twice. Nothing was imported.</source>
            <translation>This file was already imported on %1 by %2; importing it again would add its records twice. Nothing was imported.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 rows have problems (see the preview or the report); correct the file or the mapping, or choose to skip those rows. Nothing was imported.</source>
            <translation>%1 rows have problems (see the preview or the report); correct the file or the mapping, or choose to skip those rows. Nothing was imported.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No row of the file can be imported. Nothing was imported.</source>
            <translation>No row of the file can be imported. Nothing was imported.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is not a Madoguchi mapping profile (%2). Nothing was imported.</source>
            <translation>%1 is not a Madoguchi mapping profile (%2). Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../app/tableimport/messages.py" line="-53" />
            <source>Blank row.</source>
            <translation>Blank row.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Above the header row (a title or a note).</source>
            <translation>Above the header row (a title or a note).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The header row.</source>
            <translation>The header row.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A total row (合計).</source>
            <translation>A total row (合計).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Struck through: a cancelled entry.</source>
            <translation>Struck through: a cancelled entry.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Marked as cancelled (取消).</source>
            <translation>Marked as cancelled (取消).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A summary sheet with formulas.</source>
            <translation>A summary sheet with formulas.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No header row with known column names.</source>
            <translation>No header row with known column names.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A hidden sheet (choose it to import it).</source>
            <translation>A hidden sheet (choose it to import it).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The sheet was not chosen.</source>
            <translation>The sheet was not chosen.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skipped for its problems, as the mapping asks: %1</source>
            <translation>Skipped for its problems, as the mapping asks: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 '%2' has no code: choose one in the mapping.</source>
            <translation>%1 '%2' has no code: choose one in the mapping.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No value for “%1”: map a column to it or set a default in the mapping.</source>
            <translation>No value for “%1”: map a column to it or set a default in the mapping.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No topic.</source>
            <translation>No topic.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' is not a time of day.</source>
            <translation>'%1' is not a time of day.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' is not a number of minutes.</source>
            <translation>'%1' is not a number of minutes.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The name matches %1 residents; tell them apart in Madoguchi first.</source>
            <translation>The name matches %1 residents; tell them apart in Madoguchi first.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Field '%1': %2</source>
            <translation>Field '%1': %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New resident.</source>
            <translation>New resident.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Matched an existing resident.</source>
            <translation>Matched an existing resident.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymous.</source>
            <translation>Anonymous.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not on the roster any more (moved out?): not changed, check by hand.</source>
            <translation>Not on the roster any more (moved out?): not changed, check by hand.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Matched: %1 updated.</source>
            <translation>Matched: %1 updated.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The same name is already on the roster (sheet '%1', row %2).</source>
            <translation>The same name is already on the roster (sheet '%1', row %2).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Matched: nothing to change.</source>
            <translation>Matched: nothing to change.</translation>
        </message>
        <message>
            <location filename="../app/tableimport/roster.py" line="+54" />
            <source>%1 is a mapping for a consultation log, not for a roster.</source>
            <translation>%1 is a mapping for a consultation log, not for a roster.</translation>
        </message>
        <message>
            <location filename="../app/roles.py" line="+41" />
            <source>Madoguchi found changes made outside it: %1. The audit trail records them.</source>
            <translation>Madoguchi found changes made outside it: %1. The audit trail records them.</translation>
        </message>
        <message>
            <location filename="../app/reports/annual.py" line="+33" />
            <source>The annual report was not made: the hidden figure %1 cannot be protected together with the reports of this year issued before. Nothing was written.</source>
            <translation>The annual report was not made: the hidden figure %1 cannot be protected together with the reports of this year issued before. Nothing was written.</translation>
        </message>
        <message>
            <location filename="../app/kind_records.py" line="+52" />
            <source>That record no longer exists.</source>
            <translation>That record no longer exists.</translation>
        </message>
        <message>
            <location filename="../app/reports/categories.py" line="+74" />
            <source>%1 is not a category mapping (a JSON object with id, name and categories).</source>
            <translation>%1 is not a category mapping (a JSON object with id, name and categories).</translation>
        </message>
        <message>
            <location filename="../app/reports/categories_cli.py" line="+23" />
            <source>%1 is not a category of %2; the categories are: %3.</source>
            <translation>%1 is not a category of %2; the categories are: %3.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 could not be read as JSON.</source>
            <translation>%1 could not be read as JSON.</translation>
        </message>
        <message>
            <location filename="../app/reports/datafile.py" line="+50" />
            <source>The annual data file needs the town's municipality code (全国地方公共団体コード): enter it in Settings → Reports.</source>
            <translation>The annual data file needs the town's municipality code (全国地方公共団体コード): enter it in Settings → Reports.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The annual data file needs the town's name: enter it in Settings.</source>
            <translation>The annual data file needs the town's name: enter it in Settings.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is too large to be an annual data file.</source>
            <translation>%1 is too large to be an annual data file.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 could not be read.</source>
            <translation>%1 could not be read.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not a Madoguchi annual data file.</source>
            <translation>%1 is not a Madoguchi annual data file.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 was made by a newer Madoguchi (data format %2; this version reads up to %3): please update Madoguchi to read it.</source>
            <translation>%1 was made by a newer Madoguchi (data format %2; this version reads up to %3): please update Madoguchi to read it.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 uses code lists of version %2, newer than this Madoguchi knows (%3): please update Madoguchi to read it.</source>
            <translation>%1 uses code lists of version %2, newer than this Madoguchi knows (%3): please update Madoguchi to read it.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 does not follow the annual data format at %2 (%3); was it edited by hand?</source>
            <translation>%1 does not follow the annual data format at %2 (%3); was it edited by hand?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 does not add up: %2; was it edited by hand?</source>
            <translation>%1 does not add up: %2; was it edited by hand?</translation>
        </message>
        <message>
            <location line="+138" />
            <source>the municipality code's check digit</source>
            <translation>the municipality code's check digit</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the cut-off date</source>
            <translation>the cut-off date</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the cut-off date lies outside the fiscal year</source>
            <translation>the cut-off date lies outside the fiscal year</translation>
        </message>
        <message>
            <location line="+2" />
            <source>provisional, by the cut-off date</source>
            <translation>provisional, by the cut-off date</translation>
        </message>
        <message>
            <location line="+3" />
            <source>exact or suppressed counts</source>
            <translation>exact or suppressed counts</translation>
        </message>
        <message>
            <location line="+3" />
            <source>an x among exact counts</source>
            <translation>an x among exact counts</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 and the total of %2</source>
            <translation>%1 and the total of %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the months of %1</source>
            <translation>the months of %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a month of %1 outside the fiscal year</source>
            <translation>a month of %1 outside the fiscal year</translation>
        </message>
        <message>
            <location filename="../app/reports/send.py" line="+23" />
            <source>Set the prefecture's address and the mail server in Settings first.</source>
            <translation>Set the prefecture's address and the mail server in Settings first.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no file to attach at %1.</source>
            <translation>There is no file to attach at %1.</translation>
        </message>
        <message>
            <location filename="../app/rollup/inputs.py" line="+19" />
            <source>Give at least one annual data file to roll up.</source>
            <translation>Give at least one annual data file to roll up.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is for %2, not %3 like %4; a roll-up covers one fiscal year. Nothing was written.</source>
            <translation>%1 is for %2, not %3 like %4; a roll-up covers one fiscal year. Nothing was written.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 and %2 are both from %3 (municipality code %4); give one file per town. Nothing was written.</source>
            <translation>%1 and %2 are both from %3 (municipality code %4); give one file per town. Nothing was written.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is provisional (records up to %2); roll up final files only, or ask for a provisional roll-up. Nothing was written.</source>
            <translation>%1 is provisional (records up to %2); roll up final files only, or ask for a provisional roll-up. Nothing was written.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 uses code lists of version %2, which this Madoguchi cannot map to its own; nothing was written.</source>
            <translation>%1 uses code lists of version %2, which this Madoguchi cannot map to its own; nothing was written.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is given twice. Nothing was written.</source>
            <translation>%1 is given twice. Nothing was written.</translation>
        </message>
        <message>
            <location filename="../app/rollup/report.py" line="-6" />
            <source>The roll-up was not written: the hidden figure %1 cannot be protected; nothing was written.</source>
            <translation>The roll-up was not written: the hidden figure %1 cannot be protected; nothing was written.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The threshold is a whole number from 1 to 100 and the protection width one from 0 to 1000.</source>
            <translation>The threshold is a whole number from 1 to 100 and the protection width one from 0 to 1000.</translation>
        </message>
        <message>
            <location filename="../app/rollup/tables.py" line="+24" />
            <source>%1 does not add up (a table and its total differ); was it edited by hand? Nothing was written.</source>
            <translation>%1 does not add up (a table and its total differ); was it edited by hand? Nothing was written.</translation>
        </message>
        <message>
            <location filename="../app/devices.py" line="-2" />
            <source>%1 already exists; choose a new file name for the other device's copy.</source>
            <translation>%1 already exists; choose a new file name for the other device's copy.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No device %1 is known to this town.</source>
            <translation>No device %1 is known to this town.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This device cannot revoke itself.</source>
            <translation>This device cannot revoke itself.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only an administrator can add a device.</source>
            <translation>Only an administrator can add a device.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only an administrator can revoke a device.</source>
            <translation>Only an administrator can revoke a device.</translation>
        </message>
        <message>
            <location filename="../app/exchange.py" line="+48" />
            <source>Some of these records were deleted from the database while the file was being imported. Nothing was imported.</source>
            <translation>Some of these records were deleted from the database while the file was being imported. Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../app/exchange_apply.py" line="+32" />
            <source>A record refers to another record that is not here; nothing was changed.</source>
            <translation>A record refers to another record that is not here; nothing was changed.</translation>
        </message>
        <message>
            <location filename="../app/sync/conflicts.py" line="+29" />
            <source>That conflict was already resolved.</source>
            <translation>That conflict was already resolved.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose mine, theirs or a new value for field %1.</source>
            <translation>Choose mine, theirs or a new value for field %1.</translation>
        </message>
        <message>
            <location filename="../app/sync/engine.py" line="+40" />
            <source>Only an encrypted town can be synced between devices.</source>
            <translation>Only an encrypted town can be synced between devices.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 was written by this device; there is nothing to apply.</source>
            <translation>%1 was written by this device; there is nothing to apply.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 comes from a device that was revoked; nothing was changed.</source>
            <translation>%1 comes from a device that was revoked; nothing was changed.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 was made by a newer Madoguchi (schema %2; this device has %3): update Madoguchi on this device first. Nothing was changed, and nothing is lost.</source>
            <translation>%1 was made by a newer Madoguchi (schema %2; this device has %3): update Madoguchi on this device first. Nothing was changed, and nothing is lost.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 was made by an older Madoguchi (schema %2; this device has %3): update Madoguchi on the other device first. Nothing was changed, and nothing is lost.</source>
            <translation>%1 was made by an older Madoguchi (schema %2; this device has %3): update Madoguchi on the other device first. Nothing was changed, and nothing is lost.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 holds a record this device cannot take (%2); nothing was changed.</source>
            <translation>%1 holds a record this device cannot take (%2); nothing was changed.</translation>
        </message>
        <message>
            <location filename="../app/sync/folder.py" line="+27" />
            <source>The sync folder %1 cannot be reached; nothing was exchanged.</source>
            <translation>The sync folder %1 cannot be reached; nothing was exchanged.</translation>
        </message>
        <message>
            <location filename="../app/sync/packet.py" line="+28" />
            <source>%1 is not a Madoguchi sync packet.</source>
            <translation>%1 is not a Madoguchi sync packet.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is a sync packet of another town; nothing was changed.</source>
            <translation>%1 is a sync packet of another town; nothing was changed.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 was made with another key, or was changed after it was written; nothing was changed.</source>
            <translation>%1 was made with another key, or was changed after it was written; nothing was changed.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is too large for a sync packet; nothing was changed.</source>
            <translation>%1 is too large for a sync packet; nothing was changed.</translation>
        </message>
        <message>
            <location filename="../app/reports/schema_check.py" line="+96" />
            <source>matches none of the allowed forms</source>
            <translation>matches none of the allowed forms</translation>
        </message>
        <message>
            <location line="+5" />
            <source>is not of the expected kind (%1)</source>
            <translation>is not of the expected kind (%1)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>should be %1</source>
            <translation>should be %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>should be one of %1</source>
            <translation>should be one of %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>should be at least %1</source>
            <translation>should be at least %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>should be at most %1</source>
            <translation>should be at most %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>has more than %1 items</source>
            <translation>has more than %1 items</translation>
        </message>
        <message>
            <location line="+8" />
            <source>is too short</source>
            <translation>is too short</translation>
        </message>
        <message>
            <location line="+2" />
            <source>is too long</source>
            <translation>is too long</translation>
        </message>
        <message>
            <location line="+2" />
            <source>is not in the expected form</source>
            <translation>is not in the expected form</translation>
        </message>
        <message>
            <location line="+6" />
            <source>lacks %1</source>
            <translation>lacks %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>has more than %1 entries</source>
            <translation>has more than %1 entries</translation>
        </message>
        <message>
            <location line="+11" />
            <source>is not expected here</source>
            <translation>is not expected here</translation>
        </message>
    </context>
    <context>
        <name>run_window</name>
        <message>
            <location filename="../ui/main.py" line="+53" />
            <source>The database %1 is missing, but its key file is there. Restore the database from a backup; no new database was made.</source>
            <translation>The database %1 is missing, but its key file is there. Restore the database from a backup; no new database was made.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 is not a database file.</source>
            <translation>%1 is not a database file.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is not encrypted; Madoguchi keeps records only in encrypted databases. It was not changed.</source>
            <translation>%1 is not encrypted; Madoguchi keeps records only in encrypted databases. It was not changed.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The key file %1 is missing beside the database, so it cannot be opened.</source>
            <translation>The key file %1 is missing beside the database, so it cannot be opened.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The folder %1 does not exist; no database was made.</source>
            <translation>The folder %1 does not exist; no database was made.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Madoguchi cannot make its data folder %1 (%2).</source>
            <translation>Madoguchi cannot make its data folder %1 (%2).</translation>
        </message>
    </context>
    <context>
        <name>validation</name>
        <message>
            <location filename="../app/kinds.py" line="+273" />
            <source>Unknown code list.</source>
            <translation>Unknown code list.</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Use letters, digits and underscores only.</source>
            <translation>Use letters, digits and underscores only.</translation>
        </message>
        <message>
            <location filename="../app/reports/categories.py" line="-17" />
            <location line="+3" />
            <location line="+5" />
            <location filename="../app/validation.py" line="+19" />
            <source>Required.</source>
            <translation>Required.</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Already in the list.</source>
            <translation>Already in the list.</translation>
        </message>
        <message>
            <location filename="../app/knowledge.py" line="-184" />
            <source>Write the Japanese version first.</source>
            <translation>Write the Japanese version first.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>One text per language.</source>
            <translation>One text per language.</translation>
        </message>
        <message>
            <location filename="../app/exchange_check.py" line="+301" />
            <location filename="../app/knowledge.py" line="+4" />
            <source>Each language needs a question and an answer.</source>
            <translation>Each language needs a question and an answer.</translation>
        </message>
        <message>
            <location filename="../app/validation.py" line="+1" />
            <source>Not a real date (use YYYY-MM-DD).</source>
            <translation>Not a real date (use YYYY-MM-DD).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not a real time (use HH:MM).</source>
            <translation>Not a real time (use HH:MM).</translation>
        </message>
        <message>
            <location filename="../app/accounts.py" line="-422" />
            <source>Use at least 8 characters.</source>
            <translation>Use at least 8 characters.</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Not a usable user name.</source>
            <translation>Not a usable user name.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Too like the name of another user; choose another.</source>
            <translation>Too like the name of another user; choose another.</translation>
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
            <translation>Not in the code list.</translation>
        </message>
        <message>
            <location line="-97" />
            <source>This user already exists.</source>
            <translation>This user already exists.</translation>
        </message>
        <message>
            <location filename="../app/validation.py" line="-3" />
            <source>Not a real date and time (use YYYY-MM-DD HH:MM; in a file, YYYY-MM-DDTHH:MM).</source>
            <translation>Not a real date and time (use YYYY-MM-DD HH:MM; in a file, YYYY-MM-DDTHH:MM).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Lies in the future.</source>
            <translation>Lies in the future.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time back is before time out.</source>
            <translation>Time back is before time out.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up date is before the event.</source>
            <translation>Follow-up date is before the event.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a name in native script or in Latin letters.</source>
            <translation>Enter a name in native script or in Latin letters.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use katakana only.</source>
            <translation>Use katakana only.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A residence card number is 2 letters, 8 digits and 2 letters (AB12345678CD).</source>
            <translation>A residence card number is 2 letters, 8 digits and 2 letters (AB12345678CD).</translation>
        </message>
        <message>
            <location filename="../app/kinds.py" line="-225" />
            <source>Choose at least one topic.</source>
            <translation>Choose at least one topic.</translation>
        </message>
        <message>
            <location filename="../app/validation.py" line="+4" />
            <source>Choose a resident, or the nationality for an anonymous record.</source>
            <translation>Choose a resident, or the nationality for an anonymous record.</translation>
        </message>
        <message>
            <location line="+169" />
            <source>Choose the nationality of each row of unregistered attendees.</source>
            <translation>Choose the nationality of each row of unregistered attendees.</translation>
        </message>
        <message>
            <location filename="../app/reports/config.py" line="-22" />
            <location line="+2" />
            <location line="+4" />
            <location filename="../app/validation.py" line="-167" />
            <source>Out of range.</source>
            <translation>Out of range.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>More foreign residents than residents.</source>
            <translation>More foreign residents than residents.</translation>
        </message>
        <message>
            <location filename="../app/validation.py" line="+1" />
            <source>Not an email address.</source>
            <translation>Not an email address.</translation>
        </message>
        <message>
            <location filename="../app/consultations.py" line="-55" />
            <source>That resident no longer exists.</source>
            <translation>That resident no longer exists.</translation>
        </message>
        <message>
            <location filename="../app/exchange_check.py" line="-20" />
            <source>must be a list of codes.</source>
            <translation>must be a list of codes.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>counts must be whole numbers.</source>
            <translation>counts must be whole numbers.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>each contact needs exactly 'app' and 'handle'.</source>
            <translation>each contact needs exactly 'app' and 'handle'.</translation>
        </message>
        <message>
            <location filename="../app/handover.py" line="-453" />
            <source>At most 20,000 characters.</source>
            <translation>At most 20,000 characters.</translation>
        </message>
        <message>
            <location filename="../app/residents.py" line="-33" />
            <source>A resident cannot be linked to themselves.</source>
            <translation>A resident cannot be linked to themselves.</translation>
        </message>
        <message>
            <location filename="../app/reports/municipality.py" line="+10" />
            <source>A municipality code has six digits.</source>
            <translation>A municipality code has six digits.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The last digit of this municipality code does not match the others.</source>
            <translation>The last digit of this municipality code does not match the others.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A municipality code starts with a prefecture number from 01 to 47.</source>
            <translation>A municipality code starts with a prefecture number from 01 to 47.</translation>
        </message>
    </context>
</TS>
