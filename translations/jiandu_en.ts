<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Access</name>
    <message>
        <source>System administrator</source>
        <translation>System administrator</translation>
    </message>
    <message>
        <source>Audit administrator</source>
        <translation>Audit administrator</translation>
    </message>
    <message>
        <source>Supervision staff</source>
        <translation>Supervision staff</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>view the records</source>
        <translation>view the records</translation>
    </message>
    <message>
        <source>change records</source>
        <translation>change records</translation>
    </message>
    <message>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <source>print</source>
        <translation>print</translation>
    </message>
    <message>
        <source>show identity-card numbers in full</source>
        <translation>show identity-card numbers in full</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>manage accounts</translation>
    </message>
    <message>
        <source>change the office settings</source>
        <translation>change the office settings</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>read the audit trail</translation>
    </message>
    <message>
        <source>make a backup</source>
        <translation>make a backup</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>restore a backup</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 may not %2: only %3 may.</source>
        <translation>%1 may not %2: only %3 may.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>%1 is limited to %2 and may not change records of another agency or of the whole office.</source>
        <translation>%1 is limited to %2 and may not change records of another agency or of the whole office.</translation>
    </message>
    <message>
        <source>Accounts are on for this database: log in first.</source>
        <translation>Accounts are on for this database: log in first.</translation>
    </message>
</context>
<context>
    <name>AccountRepository</name>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>A username has 2 to 32 characters.</source>
        <translation>A username has 2 to 32 characters.</translation>
    </message>
    <message>
        <source>A username has only letters, digits and the characters . _ -</source>
        <translation>A username has only letters, digits and the characters . _ -</translation>
    </message>
    <message>
        <source>The account does not exist.</source>
        <translation>The account does not exist.</translation>
    </message>
    <message>
        <source>The idle lock needs 1 to %1 minutes.</source>
        <translation>The idle lock needs 1 to %1 minutes.</translation>
    </message>
    <message>
        <source>Idle lock</source>
        <translation>Idle lock</translation>
    </message>
    <message>
        <source>Another account already has this username (upper and lower case count as the same).</source>
        <translation>Another account already has this username (upper and lower case count as the same).</translation>
    </message>
    <message>
        <source>The agency does not exist.</source>
        <translation>The agency does not exist.</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Accounts are already on for this database.</source>
        <translation>Accounts are already on for this database.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <source>The last administrator cannot be demoted or disabled: make another account administrator first.</source>
        <translation>The last administrator cannot be demoted or disabled: make another account administrator first.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
</context>
<context>
    <name>ActivityRepository</name>
    <message>
        <source>A supervision activity needs a name.</source>
        <translation>A supervision activity needs a name.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The activity cannot end before it starts.</source>
        <translation>The activity cannot end before it starts.</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Another supervision activity already has this name.</source>
        <translation>Another supervision activity already has this name.</translation>
    </message>
    <message>
        <source>No such supervision activity.</source>
        <translation>No such supervision activity.</translation>
    </message>
    <message>
        <source>A supervised body does not exist.</source>
        <translation>A supervised body does not exist.</translation>
    </message>
    <message>
        <source>Supervised bodies</source>
        <translation>Supervised bodies</translation>
    </message>
</context>
<context>
    <name>AgencyRepository</name>
    <message>
        <source>The name is required.</source>
        <translation>The name is required.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>An agency cannot be its own parent.</source>
        <translation>An agency cannot be its own parent.</translation>
    </message>
    <message>
        <source>Another agency already has this name.</source>
        <translation>Another agency already has this name.</translation>
    </message>
    <message>
        <source>No such agency.</source>
        <translation>No such agency.</translation>
    </message>
    <message>
        <source>The agency still has officers and cannot be deleted.</source>
        <translation>The agency still has officers and cannot be deleted.</translation>
    </message>
</context>
<context>
    <name>AnnualReport</name>
    <message>
        <source>All enforcement bodies</source>
        <translation>All enforcement bodies</translation>
    </message>
    <message>
        <source>There is no such enforcement body.</source>
        <translation>There is no such enforcement body.</translation>
    </message>
</context>
<context>
    <name>AnnualReportDocument</name>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>The file cannot be written: %1</translation>
    </message>
    <message>
        <source>The annual report could not be printed: the output could not be opened.</source>
        <translation>The annual report could not be printed: the output could not be opened.</translation>
    </message>
    <message>
        <source>The annual report could not be printed completely.</source>
        <translation>The annual report could not be printed completely.</translation>
    </message>
    <message>
        <source>the ODF writer failed</source>
        <translation>the ODF writer failed</translation>
    </message>
    <message>
        <source>Audit chain head %1… · %2 records · printed on %3</source>
        <translation>Audit chain head %1… · %2 records · printed on %3</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>Audit trail hash chain</source>
        <translation>Audit trail hash chain</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Audit record %1 has no valid hash: it was not written by Jiandu.</source>
        <translation>Audit record %1 has no valid hash: it was not written by Jiandu.</translation>
    </message>
    <message>
        <source>Audit record %1 is missing (deleted) before record %2.</source>
        <translation>Audit record %1 is missing (deleted) before record %2.</translation>
    </message>
    <message>
        <source>Audit records %1 to %2 are missing (deleted) before record %3.</source>
        <translation>Audit records %1 to %2 are missing (deleted) before record %3.</translation>
    </message>
    <message>
        <source>Audit record %1 was inserted: the record after it follows the record before it.</source>
        <translation>Audit record %1 was inserted: the record after it follows the record before it.</translation>
    </message>
    <message>
        <source>Audit record %1 was changed or replaced: the record after it does not follow it.</source>
        <translation>Audit record %1 was changed or replaced: the record after it does not follow it.</translation>
    </message>
    <message>
        <source>Audit record %1 was changed after it was written.</source>
        <translation>Audit record %1 was changed after it was written.</translation>
    </message>
    <message>
        <source>Audit record %1 is out of order: it belongs after record %2.</source>
        <translation>Audit record %1 is out of order: it belongs after record %2.</translation>
    </message>
    <message>
        <source>An audit record before record %1 was deleted and the later records were renumbered.</source>
        <translation>An audit record before record %1 was deleted and the later records were renumbered.</translation>
    </message>
    <message>
        <source>The audit trail of this file has no hash chain yet (schema older than 7); open it with this version to add one.</source>
        <translation>The audit trail of this file has no hash chain yet (schema older than 7); open it with this version to add one.</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>Failed login</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation>Logout</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Unmask</source>
        <translation>Unmask</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Case-file review</source>
        <translation>Case-file review</translation>
    </message>
    <message>
        <source>Review activity</source>
        <translation>Review activity</translation>
    </message>
    <message>
        <source>Review expert</source>
        <translation>Review expert</translation>
    </message>
    <message>
        <source>Review sheet</source>
        <translation>Review sheet</translation>
    </message>
    <message>
        <source>Supervision activity</source>
        <translation>Supervision activity</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Rectification task</source>
        <translation>Rectification task</translation>
    </message>
    <message>
        <source>Task event</source>
        <translation>Task event</translation>
    </message>
    <message>
        <source>Task progress</source>
        <translation>Task progress</translation>
    </message>
    <message>
        <source>Supervision document</source>
        <translation>Supervision document</translation>
    </message>
    <message>
        <source>Finalised annual report</source>
        <translation>Finalised annual report</translation>
    </message>
    <message>
        <source>Calendar day</source>
        <translation>Calendar day</translation>
    </message>
    <message>
        <source>Calendar year</source>
        <translation>Calendar year</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>User account</source>
        <translation>User account</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Kind of record</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message>
        <source>The account is locked after %1 failed logins until %2; try again then or ask an administrator to unlock it.</source>
        <translation>The account is locked after %1 failed logins until %2; try again then or ask an administrator to unlock it.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message numerus="yes">
        <source>%n more failed attempt(s) lock the account for %1 minutes.</source>
        <translation>
            <numerusform>%n more failed attempt lock the account for %1 minutes.</numerusform>
            <numerusform>%n more failed attempts lock the account for %1 minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts are off for this database: no login is needed.</source>
        <translation>Accounts are off for this database: no login is needed.</translation>
    </message>
    <message>
        <source>The account is disabled; ask an administrator.</source>
        <translation>The account is disabled; ask an administrator.</translation>
    </message>
    <message>
        <source>Nobody is logged in.</source>
        <translation>Nobody is logged in.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>The account no longer exists.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The file could not be flushed to disk.</source>
        <translation>The file could not be flushed to disk.</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest cannot be read: %1</source>
        <translation>The backup&apos;s manifest cannot be read: %1</translation>
    </message>
    <message>
        <source>At least one automatic backup must be kept.</source>
        <translation>At least one automatic backup must be kept.</translation>
    </message>
    <message>
        <source>No backup that passes its check was found.</source>
        <translation>No backup that passes its check was found.</translation>
    </message>
    <message>
        <source>The backup was not restored; nothing was changed. %1</source>
        <translation>The backup was not restored; nothing was changed. %1</translation>
    </message>
    <message>
        <source>The damaged database could not be kept aside; nothing was restored.</source>
        <translation>The damaged database could not be kept aside; nothing was restored.</translation>
    </message>
    <message>
        <source>The database connection is not a SQLite one.</source>
        <translation>The database connection is not a SQLite one.</translation>
    </message>
    <message>
        <source>The backup file cannot be created (is the folder writable?): %1</source>
        <translation>The backup file cannot be created (is the folder writable?): %1</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>The backup could not be written: %1</translation>
    </message>
    <message>
        <source>the copy failed its integrity check (%1)</source>
        <translation>the copy failed its integrity check (%1)</translation>
    </message>
    <message>
        <source>the copy has a different application id</source>
        <translation>the copy has a different application id</translation>
    </message>
    <message>
        <source>the copy has a different schema version</source>
        <translation>the copy has a different schema version</translation>
    </message>
    <message>
        <source>the copy has %1 rows in %2 instead of %3</source>
        <translation>the copy has %1 rows in %2 instead of %3</translation>
    </message>
    <message>
        <source>the copy&apos;s audit trail ends elsewhere than the database&apos;s</source>
        <translation>the copy&apos;s audit trail ends elsewhere than the database&apos;s</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest could not be written: %1</source>
        <translation>The backup&apos;s manifest could not be written: %1</translation>
    </message>
    <message>
        <source>A backup cannot be made inside a transaction.</source>
        <translation>A backup cannot be made inside a transaction.</translation>
    </message>
    <message>
        <source>A database cannot be backed up onto itself.</source>
        <translation>A database cannot be backed up onto itself.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder.</source>
        <translation>Cannot create the backup folder.</translation>
    </message>
    <message>
        <source>The backup was not made; any earlier backup at this place is unchanged: %1</source>
        <translation>The backup was not made; any earlier backup at this place is unchanged: %1</translation>
    </message>
    <message>
        <source>The backup was written to %1 but could not be recorded in the audit trail: %2</source>
        <translation>The backup was written to %1 but could not be recorded in the audit trail: %2</translation>
    </message>
    <message>
        <source>The backup file does not exist.</source>
        <translation>The backup file does not exist.</translation>
    </message>
    <message>
        <source>The backup cannot be opened: %1</source>
        <translation>The backup cannot be opened: %1</translation>
    </message>
    <message>
        <source>The backup is damaged or not a database: %1</source>
        <translation>The backup is damaged or not a database: %1</translation>
    </message>
    <message>
        <source>This file is not a Jiandu database.</source>
        <translation>This file is not a Jiandu database.</translation>
    </message>
    <message>
        <source>The backup failed its integrity check (%1).</source>
        <translation>The backup failed its integrity check (%1).</translation>
    </message>
    <message>
        <source>The backup was written by a newer version of Jiandu (schema %1; this version knows schema %2).</source>
        <translation>The backup was written by a newer version of Jiandu (schema %1; this version knows schema %2).</translation>
    </message>
    <message>
        <source>The backup&apos;s audit trail is broken: %1</source>
        <translation>The backup&apos;s audit trail is broken: %1</translation>
    </message>
    <message>
        <source>The backup does not match its manifest: the file was changed after the backup was made.</source>
        <translation>The backup does not match its manifest: the file was changed after the backup was made.</translation>
    </message>
    <message>
        <source>The backup&apos;s audit trail does not end where its manifest says.</source>
        <translation>The backup&apos;s audit trail does not end where its manifest says.</translation>
    </message>
    <message>
        <source>The current database could not be kept aside; nothing was restored.</source>
        <translation>The current database could not be kept aside; nothing was restored.</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>A database cannot be restored from itself.</translation>
    </message>
    <message>
        <source>Cannot create the folder for the database.</source>
        <translation>Cannot create the folder for the database.</translation>
    </message>
    <message>
        <source>The backup could not be restored; the database is unchanged%1: %2</source>
        <translation>The backup could not be restored; the database is unchanged%1: %2</translation>
    </message>
    <message>
        <source> (a copy of it was kept as %1)</source>
        <translation> (a copy of it was kept as %1)</translation>
    </message>
    <message>
        <source>The backup was restored into %1 but the restore could not be recorded in its audit trail: %2</source>
        <translation>The backup was restored into %1 but the restore could not be recorded in its audit trail: %2</translation>
    </message>
</context>
<context>
    <name>BulkWriter</name>
    <message>
        <source>An officer needs a name and an agency.</source>
        <translation>An officer needs a name and an agency.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>The holiday schedule is invalid: %1</source>
        <translation>The holiday schedule is invalid: %1</translation>
    </message>
    <message>
        <source>No holiday schedule for %1 has been entered; add it in Settings.</source>
        <translation>No holiday schedule for %1 has been entered; add it in Settings.</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>Working-day calendar</translation>
    </message>
    <message>
        <source>The shipped holiday schedule is missing.</source>
        <translation>The shipped holiday schedule is missing.</translation>
    </message>
    <message>
        <source>The date is invalid.</source>
        <translation>The date is invalid.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>No calendar entry for this date.</source>
        <translation>No calendar entry for this date.</translation>
    </message>
    <message>
        <source>The year %1 is out of range.</source>
        <translation>The year %1 is out of range.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
</context>
<context>
    <name>CaseDeadline</name>
    <message>
        <source>Legal review before the decision</source>
        <translation>Legal review before the decision</translation>
    </message>
    <message>
        <source>Service of the decision</source>
        <translation>Service of the decision</translation>
    </message>
    <message>
        <source>Publicity of the decision</source>
        <translation>Publicity of the decision</translation>
    </message>
    <message>
        <source>Statutory handling period</source>
        <translation>Statutory handling period</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>Another case already has the case number %1.</source>
        <translation>Another case already has the case number %1.</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>The case no longer exists.</translation>
    </message>
</context>
<context>
    <name>CaseValidation</name>
    <message>
        <source>The case number (案号) is required.</source>
        <translation>The case number (案号) is required.</translation>
    </message>
    <message>
        <source>The enforcement body (执法主体) is required.</source>
        <translation>The enforcement body (执法主体) is required.</translation>
    </message>
    <message>
        <source>The cause of the case (案由) is required.</source>
        <translation>The cause of the case (案由) is required.</translation>
    </message>
    <message>
        <source>The filing date (立案日期) is required.</source>
        <translation>The filing date (立案日期) is required.</translation>
    </message>
    <message>
        <source>The decision date (决定日期) is before the filing date (立案日期).</source>
        <translation>The decision date (决定日期) is before the filing date (立案日期).</translation>
    </message>
    <message>
        <source>The closing date (结案日期) is before the filing date (立案日期).</source>
        <translation>The closing date (结案日期) is before the filing date (立案日期).</translation>
    </message>
    <message>
        <source>The closing date (结案日期) is before the decision date (决定日期).</source>
        <translation>The closing date (结案日期) is before the decision date (决定日期).</translation>
    </message>
    <message>
        <source>A publicity date (公示日期) needs a decision date (决定日期).</source>
        <translation>A publicity date (公示日期) needs a decision date (决定日期).</translation>
    </message>
    <message>
        <source>The publicity date (公示日期) is before the decision date (决定日期).</source>
        <translation>The publicity date (公示日期) is before the decision date (决定日期).</translation>
    </message>
    <message>
        <source>A take-down date needs a publicity date (公示日期).</source>
        <translation>A take-down date needs a publicity date (公示日期).</translation>
    </message>
    <message>
        <source>The take-down date is before the publicity date (公示日期).</source>
        <translation>The take-down date is before the publicity date (公示日期).</translation>
    </message>
    <message>
        <source>An appeal outcome (复议结果/诉讼结果) needs a decision date (决定日期).</source>
        <translation>An appeal outcome (复议结果/诉讼结果) needs a decision date (决定日期).</translation>
    </message>
    <message>
        <source>Penalty categories (处罚种类) are only for 行政处罚 cases, not %1.</source>
        <translation>Penalty categories (处罚种类) are only for 行政处罚 cases, not %1.</translation>
    </message>
    <message>
        <source>The discretion applied (处罚裁量) is only for 行政处罚 cases, not %1.</source>
        <translation>The discretion applied (处罚裁量) is only for 行政处罚 cases, not %1.</translation>
    </message>
    <message>
        <source>A licence result (许可结果) is only for 行政许可 cases, not %1.</source>
        <translation>A licence result (许可结果) is only for 行政许可 cases, not %1.</translation>
    </message>
    <message>
        <source>A coercion kind (强制类别) is only for 行政强制 cases, not %1.</source>
        <translation>A coercion kind (强制类别) is only for 行政强制 cases, not %1.</translation>
    </message>
    <message>
        <source>A penalty category (处罚种类) is listed twice.</source>
        <translation>A penalty category (处罚种类) is listed twice.</translation>
    </message>
    <message>
        <source>A coercion kind (强制类别) is listed twice.</source>
        <translation>A coercion kind (强制类别) is listed twice.</translation>
    </message>
    <message>
        <source>不予处罚 cannot go with penalty categories (处罚种类).</source>
        <translation>不予处罚 cannot go with penalty categories (处罚种类).</translation>
    </message>
    <message>
        <source>The fine (罚款金额) cannot be negative.</source>
        <translation>The fine (罚款金额) cannot be negative.</translation>
    </message>
    <message>
        <source>The confiscated amount (没收金额) cannot be negative.</source>
        <translation>The confiscated amount (没收金额) cannot be negative.</translation>
    </message>
    <message>
        <source>An officer (承办人员) is named twice.</source>
        <translation>An officer (承办人员) is named twice.</translation>
    </message>
    <message>
        <source>The statutory handling period must be at least one day.</source>
        <translation>The statutory handling period must be at least one day.</translation>
    </message>
    <message>
        <source>The extension cannot be negative.</source>
        <translation>The extension cannot be negative.</translation>
    </message>
    <message>
        <source>An extension of the handling period needs the date it was approved.</source>
        <translation>An extension of the handling period needs the date it was approved.</translation>
    </message>
    <message>
        <source>Legal review rounds must be numbered 1, 2, … in order; round %1 is numbered %2.</source>
        <translation>Legal review rounds must be numbered 1, 2, … in order; round %1 is numbered %2.</translation>
    </message>
    <message>
        <source>Legal review round %1 concludes before it was submitted.</source>
        <translation>Legal review round %1 concludes before it was submitted.</translation>
    </message>
    <message>
        <source>Legal review round %1 needs both a conclusion (法制审核结论) and its date (法制审核日期).</source>
        <translation>Legal review round %1 needs both a conclusion (法制审核结论) and its date (法制审核日期).</translation>
    </message>
    <message>
        <source>A new legal review round follows only a round that found problems (存在问题); round %1 did not.</source>
        <translation>A new legal review round follows only a round that found problems (存在问题); round %1 did not.</translation>
    </message>
    <message>
        <source>Legal review round %1 starts before the previous round concluded.</source>
        <translation>Legal review round %1 starts before the previous round concluded.</translation>
    </message>
    <message>
        <source>A major decision (重大执法决定) was made without a legal review concluding 同意 on or before the decision date.</source>
        <translation>A major decision (重大执法决定) was made without a legal review concluding 同意 on or before the decision date.</translation>
    </message>
    <message>
        <source>The stage %1 is recorded twice.</source>
        <translation>The stage %1 is recorded twice.</translation>
    </message>
    <message>
        <source>The stage %1 needs a date.</source>
        <translation>The stage %1 needs a date.</translation>
    </message>
    <message>
        <source>The stage %1 is dated before the filing date (立案日期).</source>
        <translation>The stage %1 is dated before the filing date (立案日期).</translation>
    </message>
    <message>
        <source>The collective discussion (集体讨论) needs its date.</source>
        <translation>The collective discussion (集体讨论) needs its date.</translation>
    </message>
    <message>
        <source>Each opinion in the collective discussion needs the participant&apos;s name.</source>
        <translation>Each opinion in the collective discussion needs the participant&apos;s name.</translation>
    </message>
    <message>
        <source>The hearing (听证) is dated before the filing date (立案日期).</source>
        <translation>The hearing (听证) is dated before the filing date (立案日期).</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>init takes no arguments.</source>
        <translation>init takes no arguments.</translation>
    </message>
    <message>
        <source>Created %1 (schema %2).</source>
        <translation>Created %1 (schema %2).</translation>
    </message>
    <message>
        <source>Upgraded %1 to schema %2; the previous file was backed up to %3.</source>
        <translation>Upgraded %1 to schema %2; the previous file was backed up to %3.</translation>
    </message>
    <message>
        <source>%1 is up to date (schema %2).</source>
        <translation>%1 is up to date (schema %2).</translation>
    </message>
    <message>
        <source>Create a new database, or upgrade an existing one (backing it up first).</source>
        <translation>Create a new database, or upgrade an existing one (backing it up first).</translation>
    </message>
    <message>
        <source>Evaluate every warning rule (预警) and print the warnings.</source>
        <translation>Evaluate every warning rule (预警) and print the warnings.</translation>
    </message>
    <message>
        <source>Fill a new database with a realistic, deterministic demo dataset (--scale N: N counties).</source>
        <translation>Fill a new database with a realistic, deterministic demo dataset (--scale N: N counties).</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s); nothing was imported.</source>
        <translation>
            <numerusform>%n error; nothing was imported.</numerusform>
            <numerusform>%n errors; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>The database file (default: the GUI&apos;s database).</source>
        <translation>The database file (default: the GUI&apos;s database).</translation>
    </message>
    <message>
        <source>Take this date as today (YYYY-MM-DD).</source>
        <translation>Take this date as today (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The year for training, assessment and report figures.</source>
        <translation>The year for training, assessment and report figures.</translation>
    </message>
    <message>
        <source>Output format: text, json or csv.</source>
        <translation>Output format: text, json or csv.</translation>
    </message>
    <message>
        <source>Write the result to FILE (type from its suffix).</source>
        <translation>Write the result to FILE (type from its suffix).</translation>
    </message>
    <message>
        <source>Show identity-card numbers in full in JSON output.</source>
        <translation>Show identity-card numbers in full in JSON output.</translation>
    </message>
    <message>
        <source>Language of printed and exported text: zh_CN or en.</source>
        <translation>Language of printed and exported text: zh_CN or en.</translation>
    </message>
    <message>
        <source>Validate only; change nothing.</source>
        <translation>Validate only; change nothing.</translation>
    </message>
    <message>
        <source>Encoding of a CSV file: utf-8 or gb18030 (default: detected).</source>
        <translation>Encoding of a CSV file: utf-8 or gb18030 (default: detected).</translation>
    </message>
    <message>
        <source>The sheet of an XLSX file to read (default: the first).</source>
        <translation>The sheet of an XLSX file to read (default: the first).</translation>
    </message>
    <message>
        <source>Size of the demo dataset (1: a county).</source>
        <translation>Size of the demo dataset (1: a county).</translation>
    </message>
    <message>
        <source>Exit with 1 when a warning of this level or higher is found: info, warning, error.</source>
        <translation>Exit with 1 when a warning of this level or higher is found: info, warning, error.</translation>
    </message>
    <message>
        <source>Limit to one enforcement body (its name).</source>
        <translation>Limit to one enforcement body (its name).</translation>
    </message>
    <message>
        <source>The issuing unit printed on documents.</source>
        <translation>The issuing unit printed on documents.</translation>
    </message>
    <message>
        <source>--as-of takes a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--as-of takes a date as YYYY-MM-DD, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--year takes a year such as 2025, not &quot;%1&quot;.</source>
        <translation>--year takes a year such as 2025, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--format is text, json or csv, not &quot;%1&quot;.</source>
        <translation>--format is text, json or csv, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>check takes no arguments, only options.</source>
        <translation>check takes no arguments, only options.</translation>
    </message>
    <message>
        <source>--fail-on is info, warning or error, not &quot;%1&quot;.</source>
        <translation>--fail-on is info, warning or error, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>check prints text or json, not &quot;%1&quot;.</source>
        <translation>check prints text or json, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>demo takes no arguments; use --scale N.</source>
        <translation>demo takes no arguments; use --scale N.</translation>
    </message>
    <message>
        <source>--scale takes a number of counties from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--scale takes a number of counties from 1 to %1, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Demo dataset written to %1 as of %2 in %3 s: %4 agencies, %5 officers, %6 certificates, %7 trainings, %8 assessments.</source>
        <translation>Demo dataset written to %1 as of %2 in %3 s: %4 agencies, %5 officers, %6 certificates, %7 trainings, %8 assessments.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <source>print roster takes no further arguments.</source>
        <translation>print roster takes no further arguments.</translation>
    </message>
    <message>
        <source>print roster needs --out FILE.pdf.</source>
        <translation>print roster needs --out FILE.pdf.</translation>
    </message>
    <message>
        <source>print writes PDF files: --out must end in .pdf, not &quot;%1&quot;.</source>
        <translation>print writes PDF files: --out must end in .pdf, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no enforcement body named &quot;%1&quot;.</source>
        <translation>There is no enforcement body named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Jiandu (监督台账): the command line of the law-enforcement supervision ledger.</source>
        <translation>Jiandu (监督台账): the command line of the law-enforcement supervision ledger.</translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation>The command to run (see below).</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) as of %1</source>
        <translation>
            <numerusform>%n warning as of %1</numerusform>
            <numerusform>%n warnings as of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, of which %n error(s).</source>
        <translation>
            <numerusform>, of which %n error.</numerusform>
            <numerusform>, of which %n errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n row to %1.</numerusform>
            <numerusform>Wrote %n rows to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1 inserted, %2 updated, %3 unchanged.</source>
        <translation>
            <numerusform>%n row: %1 inserted, %2 updated, %3 unchanged.</numerusform>
            <numerusform>%n rows: %1 inserted, %2 updated, %3 unchanged.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no calendar data. Deadlines that need this year are not counted; import its State Council schedule (calendar import FILE.json) or enter it in Settings.</source>
        <translation>%1: no calendar data. Deadlines that need this year are not counted; import its State Council schedule (calendar import FILE.json) or enter it in Settings.</translation>
    </message>
    <message>
        <source>%1: complete (shipped with the application).</source>
        <translation>%1: complete (shipped with the application).</translation>
    </message>
    <message>
        <source>%1: complete (entered by the user).</source>
        <translation>%1: complete (entered by the user).</translation>
    </message>
    <message>
        <source>Notice: %1</source>
        <translation>Notice: %1</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>holiday</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>working day</translation>
    </message>
    <message>
        <source>user</source>
        <translation>user</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>shipped</translation>
    </message>
    <message>
        <source>calendar show prints text or json, not &quot;%1&quot;.</source>
        <translation>calendar show prints text or json, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>calendar import takes one file: calendar import FILE.json</source>
        <translation>calendar import takes one file: calendar import FILE.json</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n day(s); complete year(s): %1.</source>
        <translation>
            <numerusform>Imported %n day; complete year: %1.</numerusform>
            <numerusform>Imported %n days; complete years: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>calendar takes show [--year YEAR] [--format text|json] or import FILE.json.</source>
        <translation>calendar takes show [--year YEAR] [--format text|json] or import FILE.json.</translation>
    </message>
    <message>
        <source>Show a year of the working-day calendar, or import a year&apos;s holiday schedule (format of the shipped holidays-cn.json).</source>
        <translation>Show a year of the working-day calendar, or import a year&apos;s holiday schedule (format of the shipped holidays-cn.json).</translation>
    </message>
    <message>
        <source>There is no case numbered &quot;%1&quot;.</source>
        <translation>There is no case numbered &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Case %1 has no file review in the activity &quot;%2&quot;.</source>
        <translation>Case %1 has no file review in the activity &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Case %1 has no file review.</source>
        <translation>Case %1 has no file review.</translation>
    </message>
    <message>
        <source>print review-sheet takes at most one case number.</source>
        <translation>print review-sheet takes at most one case number.</translation>
    </message>
    <message>
        <source>print review-sheet needs --out FILE.pdf.</source>
        <translation>print review-sheet needs --out FILE.pdf.</translation>
    </message>
    <message>
        <source>There is no review activity named &quot;%1&quot;.</source>
        <translation>There is no review activity named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Enforcement cases: %1.</source>
        <translation>Enforcement cases: %1.</translation>
    </message>
    <message>
        <source>Tasks: the date of the source document, for deadlines written without a year (YYYY-MM-DD).</source>
        <translation>Tasks: the date of the source document, for deadlines written without a year (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Supervision: %1 activities, %2 findings, %3 rectification tasks, %4 documents.</source>
        <translation>Supervision: %1 activities, %2 findings, %3 rectification tasks, %4 documents.</translation>
    </message>
    <message>
        <source>Usage: jiandu-cli export KIND --out FILE [--unmasked] [--as-of DATE] [--agency NAME] [--activity NAME]</source>
        <translation>Usage: jiandu-cli export KIND --out FILE [--unmasked] [--as-of DATE] [--agency NAME] [--activity NAME]</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;: use agencies, officers, trainings, assessments, cases, findings or tasks.</source>
        <translation>Unknown kind &quot;%1&quot;: use agencies, officers, trainings, assessments, cases, findings or tasks.</translation>
    </message>
    <message>
        <source>--activity limits an export of tasks or findings.</source>
        <translation>--activity limits an export of tasks or findings.</translation>
    </message>
    <message>
        <source>There is no supervision activity named &quot;%1&quot;.</source>
        <translation>There is no supervision activity named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Export agencies, officers, trainings, assessments, cases, findings or tasks to .csv, .xlsx or .json in the import layout.</source>
        <translation>Export agencies, officers, trainings, assessments, cases, findings or tasks to .csv, .xlsx or .json in the import layout.</translation>
    </message>
    <message>
        <source>Usage: jiandu-cli import KIND FILE [--dry-run] [--encoding E] [--sheet S] [--source-date DATE]</source>
        <translation>Usage: jiandu-cli import KIND FILE [--dry-run] [--encoding E] [--sheet S] [--source-date DATE]</translation>
    </message>
    <message>
        <source>--source-date takes a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--source-date takes a date as YYYY-MM-DD, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--source-date is only for import tasks.</source>
        <translation>--source-date is only for import tasks.</translation>
    </message>
    <message>
        <source>Import a CSV or XLSX file of agencies, officers, trainings, assessments, cases, findings or tasks (all or nothing).</source>
        <translation>Import a CSV or XLSX file of agencies, officers, trainings, assessments, cases, findings or tasks (all or nothing).</translation>
    </message>
    <message>
        <source>An activity by its name: a case-file review activity, or a supervision activity (tasks, print ledger).</source>
        <translation>An activity by its name: a case-file review activity, or a supervision activity (tasks, print ledger).</translation>
    </message>
    <message>
        <source>print ledger takes no further arguments.</source>
        <translation>print ledger takes no further arguments.</translation>
    </message>
    <message>
        <source>print ledger needs --out FILE.pdf.</source>
        <translation>print ledger needs --out FILE.pdf.</translation>
    </message>
    <message>
        <source>print document needs the issuing number of the document, e.g. &quot;清司监通〔2025〕3号&quot;.</source>
        <translation>print document needs the issuing number of the document, e.g. &quot;清司监通〔2025〕3号&quot;.</translation>
    </message>
    <message>
        <source>print document needs --out FILE.pdf.</source>
        <translation>print document needs --out FILE.pdf.</translation>
    </message>
    <message>
        <source>There is no issued document numbered &quot;%1&quot;. A draft has no number yet: print drafts from the 监督文书 page, or issue the document first.</source>
        <translation>There is no issued document numbered &quot;%1&quot;. A draft has no number yet: print drafts from the 监督文书 page, or issue the document first.</translation>
    </message>
    <message>
        <source>print needs the kind of document: roster, review-sheet, ledger, document.</source>
        <translation>print needs the kind of document: roster, review-sheet, ledger, document.</translation>
    </message>
    <message>
        <source>Unknown document kind &quot;%1&quot;; print knows: roster, review-sheet, ledger, document.</source>
        <translation>Unknown document kind &quot;%1&quot;; print knows: roster, review-sheet, ledger, document.</translation>
    </message>
    <message>
        <source>Print a document to PDF: the public roster of officers, a case-file review score sheet (blank without CASE_NO), the rectification ledger (of a supervision activity, of the tasks of an agency), an issued supervision document in the official format.</source>
        <translation>Print a document to PDF: the public roster of officers, a case-file review score sheet (blank without CASE_NO), the rectification ledger (of a supervision activity, of the tasks of an agency), an issued supervision document in the official format.</translation>
    </message>
    <message>
        <source>report %1 needs --year YEAR.</source>
        <translation>report %1 needs --year YEAR.</translation>
    </message>
    <message>
        <source>Finalised the annual report for %1 (%2, as of %3, version %4).</source>
        <translation>Finalised the annual report for %1 (%2, as of %3, version %4).</translation>
    </message>
    <message>
        <source>The annual report for %1 has not been finalised.</source>
        <translation>The annual report for %1 has not been finalised.</translation>
    </message>
    <message>
        <source>The finalised annual report for %1 (version %2, %3) matches the data.</source>
        <translation>The finalised annual report for %1 (version %2, %3) matches the data.</translation>
    </message>
    <message>
        <source>The data no longer give the finalised annual report for %1 (version %2): %3 figure(s) differ.</source>
        <translation>The data no longer give the finalised annual report for %1 (version %2): %3 figure(s) differ.</translation>
    </message>
    <message>
        <source>report annual needs --year YEAR.</source>
        <translation>report annual needs --year YEAR.</translation>
    </message>
    <message>
        <source>report annual needs --out FILE (.json, .csv or .xlsx).</source>
        <translation>report annual needs --out FILE (.json, .csv or .xlsx).</translation>
    </message>
    <message>
        <source>report annual writes .json, .csv, .xlsx, .pdf or .odt, not &quot;%1&quot;.</source>
        <translation>report annual writes .json, .csv, .xlsx, .pdf or .odt, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Wrote the annual report for %1 (%2, as of %3) to %4.</source>
        <translation>Wrote the annual report for %1 (%2, as of %3) to %4.</translation>
    </message>
    <message>
        <source>Usage: report annual --year YEAR [--agency NAME] [--as-of DATE] --out FILE | report finalise --year YEAR [--agency NAME] [--as-of DATE] [--out FILE.json] | report verify --year YEAR [--agency NAME]</source>
        <translation>Usage: report annual --year YEAR [--agency NAME] [--as-of DATE] --out FILE | report finalise --year YEAR [--agency NAME] [--as-of DATE] [--out FILE.json] | report verify --year YEAR [--agency NAME]</translation>
    </message>
    <message>
        <source>The annual enforcement report (行政执法年度报告) as .json, .csv, .xlsx, .pdf or .odt; finalise records it, verify compares it with the data.</source>
        <translation>The annual enforcement report (行政执法年度报告) as .json, .csv, .xlsx, .pdf or .odt; finalise records it, verify compares it with the data.</translation>
    </message>
    <message>
        <source>backup takes no arguments; use --out FILE.</source>
        <translation>backup takes no arguments; use --out FILE.</translation>
    </message>
    <message>
        <source>backup needs --out FILE, the backup to write.</source>
        <translation>backup needs --out FILE, the backup to write.</translation>
    </message>
    <message>
        <source>backup prints text or json, not &quot;%1&quot;.</source>
        <translation>backup prints text or json, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2 bytes, schema %3, %4 audit records, audit head %5, SHA-256 %6); manifest %7.</source>
        <translation>Backup written to %1 (%2 bytes, schema %3, %4 audit records, audit head %5, SHA-256 %6); manifest %7.</translation>
    </message>
    <message>
        <source>restore takes one argument, the backup FILE to restore into --db.</source>
        <translation>restore takes one argument, the backup FILE to restore into --db.</translation>
    </message>
    <message>
        <source>%1: The database file does not exist. Create it with &apos;jiandu-cli init&apos; first, then restore into it.</source>
        <translation>%1: The database file does not exist. Create it with &apos;jiandu-cli init&apos; first, then restore into it.</translation>
    </message>
    <message>
        <source>Restored %1 from %2 (schema %3, %4 audit records, audit head %5).</source>
        <translation>Restored %1 from %2 (schema %3, %4 audit records, audit head %5).</translation>
    </message>
    <message>
        <source>The previous database was kept as %1.</source>
        <translation>The previous database was kept as %1.</translation>
    </message>
    <message>
        <source>Write a checked online backup of the database to FILE, with a manifest beside it.</source>
        <translation>Write a checked online backup of the database to FILE, with a manifest beside it.</translation>
    </message>
    <message>
        <source>Replace the database with the backup FILE after checking it; the current file is kept aside.</source>
        <translation>Replace the database with the backup FILE after checking it; the current file is kept aside.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>audit trail: %1 records</source>
        <translation>audit trail: %1 records</translation>
    </message>
    <message>
        <source>, head %1: </source>
        <translation>, head %1: </translation>
    </message>
    <message>
        <source>verify takes no arguments.</source>
        <translation>verify takes no arguments.</translation>
    </message>
    <message>
        <source>verify prints text or json, not &quot;%1&quot;.</source>
        <translation>verify prints text or json, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Check the database file (integrity, foreign keys) and its audit trail&apos;s hash chain; names the first bad record.</source>
        <translation>Check the database file (integrity, foreign keys) and its audit trail&apos;s hash chain; names the first bad record.</translation>
    </message>
    <message>
        <source>Log in as this account (a database with accounts on); the password comes from JIANDU_PASSWORD or is asked for on the terminal.</source>
        <translation>Log in as this account (a database with accounts on); the password comes from JIANDU_PASSWORD or is asked for on the terminal.</translation>
    </message>
    <message>
        <source>accounts on, user add, user set: the person&apos;s name (姓名).</source>
        <translation>accounts on, user add, user set: the person&apos;s name (姓名).</translation>
    </message>
    <message>
        <source>user add, user set: the role: admin, auditor, staff or viewer.</source>
        <translation>user add, user set: the role: admin, auditor, staff or viewer.</translation>
    </message>
    <message>
        <source>user set: let the account see every agency again.</source>
        <translation>user set: let the account see every agency again.</translation>
    </message>
    <message>
        <source>user set: disable the account (it cannot log in).</source>
        <translation>user set: disable the account (it cannot log in).</translation>
    </message>
    <message>
        <source>user set: enable a disabled account again.</source>
        <translation>user set: enable a disabled account again.</translation>
    </message>
    <message>
        <source>This database requires a login: --user NAME (the password from JIANDU_PASSWORD or asked for on the terminal).</source>
        <translation>This database requires a login: --user NAME (the password from JIANDU_PASSWORD or asked for on the terminal).</translation>
    </message>
    <message>
        <source>--user: accounts are off on this database (single-user mode); run the command without --user, or turn accounts on with: jiandu-cli accounts on ADMIN</source>
        <translation>--user: accounts are off on this database (single-user mode); run the command without --user, or turn accounts on with: jiandu-cli accounts on ADMIN</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>%1 must choose a new password before anything else; change your password first: jiandu-cli passwd --user %2</source>
        <translation>%1 must choose a new password before anything else; change your password first: jiandu-cli passwd --user %2</translation>
    </message>
    <message>
        <source>No password: set %1, or run the command on a terminal to be asked.</source>
        <translation>No password: set %1, or run the command on a terminal to be asked.</translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation>Repeat the new password: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing changed.</source>
        <translation>The two passwords differ; nothing changed.</translation>
    </message>
    <message>
        <source>Usage: jiandu-cli accounts on ADMIN [--name NAME]</source>
        <translation>Usage: jiandu-cli accounts on ADMIN [--name NAME]</translation>
    </message>
    <message>
        <source>Accounts are already on; add accounts with: jiandu-cli user add NAME --role ROLE --user ADMIN</source>
        <translation>Accounts are already on; add accounts with: jiandu-cli user add NAME --role ROLE --user ADMIN</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <source>Accounts are on: %1 is the first administrator (%2). Every command now needs --user NAME; add accounts with: jiandu-cli user add NAME --role ROLE --user %1</source>
        <translation>Accounts are on: %1 is the first administrator (%2). Every command now needs --user NAME; add accounts with: jiandu-cli user add NAME --role ROLE --user %1</translation>
    </message>
    <message>
        <source>Usage: jiandu-cli accounts off --user ADMIN</source>
        <translation>Usage: jiandu-cli accounts off --user ADMIN</translation>
    </message>
    <message>
        <source>Accounts are already off: this database is in single-user mode.</source>
        <translation>Accounts are already off: this database is in single-user mode.</translation>
    </message>
    <message>
        <source>Accounts are off: the database is back in single-user mode (no login). The accounts are kept for when they are turned on again.</source>
        <translation>Accounts are off: the database is back in single-user mode (no login). The accounts are kept for when they are turned on again.</translation>
    </message>
    <message>
        <source>Usage: jiandu-cli accounts on ADMIN [--name NAME] | accounts off --user ADMIN</source>
        <translation>Usage: jiandu-cli accounts on ADMIN [--name NAME] | accounts off --user ADMIN</translation>
    </message>
    <message>
        <source>Turn accounts on (every command then needs --user; ADMIN becomes the first administrator, password from JIANDU_NEW_PASSWORD or asked twice), or off (single-user mode). Exit code 4: the login or the role refused the command.</source>
        <translation>Turn accounts on (every command then needs --user; ADMIN becomes the first administrator, password from JIANDU_NEW_PASSWORD or asked twice), or off (single-user mode). Exit code 4: the login or the role refused the command.</translation>
    </message>
    <message>
        <source>passwd takes no arguments: jiandu-cli passwd --user NAME</source>
        <translation>passwd takes no arguments: jiandu-cli passwd --user NAME</translation>
    </message>
    <message>
        <source>passwd changes an account&apos;s password, and accounts are off on this database (single-user mode).</source>
        <translation>passwd changes an account&apos;s password, and accounts are off on this database (single-user mode).</translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation>Changed the password of %1.</translation>
    </message>
    <message>
        <source>Change your own password: the current one from JIANDU_PASSWORD or asked, the new one from JIANDU_NEW_PASSWORD or asked twice. Required at the first login.</source>
        <translation>Change your own password: the current one from JIANDU_PASSWORD or asked, the new one from JIANDU_NEW_PASSWORD or asked twice. Required at the first login.</translation>
    </message>
    <message>
        <source>Usage: jiandu-cli user list [--format json] | user add NAME --role admin|auditor|staff|viewer [--name NAME] [--agency NAME] | user set NAME [--role ROLE] [--name NAME] [--agency NAME | --all-agencies] [--disable | --enable] | user reset-password NAME | user unlock NAME</source>
        <translation>Usage: jiandu-cli user list [--format json] | user add NAME --role admin|auditor|staff|viewer [--name NAME] [--agency NAME] | user set NAME [--role ROLE] [--name NAME] [--agency NAME | --all-agencies] [--disable | --enable] | user reset-password NAME | user unlock NAME</translation>
    </message>
    <message>
        <source>user list prints text or json, not &quot;%1&quot;.</source>
        <translation>user list prints text or json, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>every agency</source>
        <translation>every agency</translation>
    </message>
    <message>
        <source>username	name	role	agency	locked until	disabled	last login</source>
        <translation>username	name	role	agency	locked until	disabled	last login</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>--role is admin, auditor, staff or viewer, not &quot;%1&quot;.</source>
        <translation>--role is admin, auditor, staff or viewer, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no account named &quot;%1&quot;.</source>
        <translation>There is no account named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>user add needs --role admin, auditor, staff or viewer.</source>
        <translation>user add needs --role admin, auditor, staff or viewer.</translation>
    </message>
    <message>
        <source>Initial password for %1: </source>
        <translation>Initial password for %1: </translation>
    </message>
    <message>
        <source>Added %1 (%2); the password must be changed at the first login (jiandu-cli passwd).</source>
        <translation>Added %1 (%2); the password must be changed at the first login (jiandu-cli passwd).</translation>
    </message>
    <message>
        <source>Give --agency NAME or --all-agencies, not both.</source>
        <translation>Give --agency NAME or --all-agencies, not both.</translation>
    </message>
    <message>
        <source>Give --disable or --enable, not both.</source>
        <translation>Give --disable or --enable, not both.</translation>
    </message>
    <message>
        <source>Changed %1.</source>
        <translation>Changed %1.</translation>
    </message>
    <message>
        <source>Set a new password for %1; it must be changed at the next login.</source>
        <translation>Set a new password for %1; it must be changed at the next login.</translation>
    </message>
    <message>
        <source>Unlocked %1.</source>
        <translation>Unlocked %1.</translation>
    </message>
    <message>
        <source>Accounts are off on this database (single-user mode); turn them on first: jiandu-cli accounts on ADMIN</source>
        <translation>Accounts are off on this database (single-user mode); turn them on first: jiandu-cli accounts on ADMIN</translation>
    </message>
    <message>
        <source>Manage the accounts (administrators): list them, add one (initial password from JIANDU_NEW_PASSWORD or asked twice, changed at the first login), change its role, name, agency or state, set a new password, unlock it.</source>
        <translation>Manage the accounts (administrators): list them, add one (initial password from JIANDU_NEW_PASSWORD or asked twice, changed at the first login), change its role, name, agency or state, set a new password, unlock it.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database file does not exist. Create it with &apos;jiandu-cli init&apos; or choose another file.</source>
        <translation>The database file does not exist. Create it with &apos;jiandu-cli init&apos; or choose another file.</translation>
    </message>
    <message>
        <source>The database file is empty.</source>
        <translation>The database file is empty.</translation>
    </message>
    <message>
        <source>Cannot create the folder for the database.</source>
        <translation>Cannot create the folder for the database.</translation>
    </message>
    <message>
        <source>Cannot open the database: %1</source>
        <translation>Cannot open the database: %1</translation>
    </message>
    <message>
        <source>This file is not a Jiandu database (it belongs to another program).</source>
        <translation>This file is not a Jiandu database (it belongs to another program).</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Jiandu (schema %1; this version knows schema %2). Update Jiandu to work with it; the file has not been changed.</source>
        <translation>This database was written by a newer version of Jiandu (schema %1; this version knows schema %2). Update Jiandu to work with it; the file has not been changed.</translation>
    </message>
    <message>
        <source>The database failed its integrity check and has been left untouched (%1).</source>
        <translation>The database failed its integrity check and has been left untouched (%1).</translation>
    </message>
    <message>
        <source>No backup was found in %1.</source>
        <translation>No backup was found in %1.</translation>
    </message>
    <message>
        <source>The most recent backup is %1.</source>
        <translation>The most recent backup is %1.</translation>
    </message>
    <message>
        <source>The script ends in an incomplete statement.</source>
        <translation>The script ends in an incomplete statement.</translation>
    </message>
    <message>
        <source>The database was not upgraded because the backup before the upgrade failed: %1</source>
        <translation>The database was not upgraded because the backup before the upgrade failed: %1</translation>
    </message>
    <message>
        <source>Cannot read migration.</source>
        <translation>Cannot read migration.</translation>
    </message>
    <message>
        <source>Migration to schema %1</source>
        <translation>Migration to schema %1</translation>
    </message>
    <message>
        <source>Cannot create the backup folder.</source>
        <translation>Cannot create the backup folder.</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>The backup could not be written: %1</translation>
    </message>
    <message>
        <source>the copy failed its integrity check</source>
        <translation>the copy failed its integrity check</translation>
    </message>
    <message>
        <source>the copy has a different schema version</source>
        <translation>the copy has a different schema version</translation>
    </message>
    <message>
        <source>the copy has a different application id</source>
        <translation>the copy has a different application id</translation>
    </message>
    <message>
        <source>The backup could not be verified: %1</source>
        <translation>The backup could not be verified: %1</translation>
    </message>
    <message>
        <source>The backup could not be renamed into place.</source>
        <translation>The backup could not be renamed into place.</translation>
    </message>
    <message>
        <source>Cannot open the database.</source>
        <translation>Cannot open the database.</translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing %3 row</source>
        <translation>%1 row %2 refers to a missing %3 row</translation>
    </message>
    <message>
        <source>The database is on a network share (%1), where SQLite cannot keep it safe, and this computer is set to refuse such files. Copy it to a local disk, or ask the administrator to change the setting storage/network_share.</source>
        <translation>The database is on a network share (%1), where SQLite cannot keep it safe, and this computer is set to refuse such files. Copy it to a local disk, or ask the administrator to change the setting storage/network_share.</translation>
    </message>
    <message>
        <source>The database is on a network share (%1), where SQLite is not safe. It is open read-only; keep the file on a local disk.</source>
        <translation>The database is on a network share (%1), where SQLite is not safe. It is open read-only; keep the file on a local disk.</translation>
    </message>
    <message>
        <source>The database is on a network share (%1), where SQLite&apos;s WAL mode is not safe. Jiandu uses it in exclusive rollback-journal mode: no other program or computer can open it until you close it. Keep the file on a local disk and share backups instead.</source>
        <translation>The database is on a network share (%1), where SQLite&apos;s WAL mode is not safe. Jiandu uses it in exclusive rollback-journal mode: no other program or computer can open it until you close it. Keep the file on a local disk and share backups instead.</translation>
    </message>
    <message>
        <source>%1 Changes made here are still safe: SQLite keeps writers apart.</source>
        <translation>%1 Changes made here are still safe: SQLite keeps writers apart.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The database already holds %1 officers and %2 agencies; the demo dataset is only loaded into an empty database. Use a new file (--db).</source>
        <translation>The database already holds %1 officers and %2 agencies; the demo dataset is only loaded into an empty database. Use a new file (--db).</translation>
    </message>
    <message>
        <source>The demo dataset was cancelled; nothing was written.</source>
        <translation>The demo dataset was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>The scale must be between 1 and %1.</source>
        <translation>The scale must be between 1 and %1.</translation>
    </message>
</context>
<context>
    <name>DocumentRepository</name>
    <message>
        <source>No such enforcement body.</source>
        <translation>No such enforcement body.</translation>
    </message>
    <message>
        <source>A reply period is from 0 to 3650 days.</source>
        <translation>A reply period is from 0 to 3650 days.</translation>
    </message>
    <message>
        <source>No such supervision activity.</source>
        <translation>No such supervision activity.</translation>
    </message>
    <message>
        <source>No such finding.</source>
        <translation>No such finding.</translation>
    </message>
    <message>
        <source>A new document is saved as a draft; issuing it gives it its number.</source>
        <translation>A new document is saved as a draft; issuing it gives it its number.</translation>
    </message>
    <message>
        <source>An issued document cannot be changed: its kind, title, recipient, body, issuer and task list stay as sent.</source>
        <translation>An issued document cannot be changed: its kind, title, recipient, body, issuer and task list stay as sent.</translation>
    </message>
    <message>
        <source>A document needs a title.</source>
        <translation>A document needs a title.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>No such document.</source>
        <translation>No such document.</translation>
    </message>
    <message>
        <source>A document that is %1 cannot become %2: the steps are draft, issued, served, replied.</source>
        <translation>A document that is %1 cannot become %2: the steps are draft, issued, served, replied.</translation>
    </message>
    <message>
        <source>A step needs its date.</source>
        <translation>A step needs its date.</translation>
    </message>
    <message>
        <source>The date cannot be before the document was issued on %1.</source>
        <translation>The date cannot be before the document was issued on %1.</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>A document cannot be issued before it was drafted on %1.</source>
        <translation>A document cannot be issued before it was drafted on %1.</translation>
    </message>
    <message>
        <source>The number %1 is already used by another document: give each kind its own prefix in the settings.</source>
        <translation>The number %1 is already used by another document: give each kind its own prefix in the settings.</translation>
    </message>
    <message>
        <source>Served on</source>
        <translation>Served on</translation>
    </message>
    <message>
        <source>Replied on</source>
        <translation>Replied on</translation>
    </message>
    <message>
        <source>Only a draft can be deleted: an issued document keeps its number.</source>
        <translation>Only a draft can be deleted: an issued document keeps its number.</translation>
    </message>
</context>
<context>
    <name>ExportFileDialog</name>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;JSON (*.json)</source>
        <translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>A finding needs the enforcement body concerned.</source>
        <translation>A finding needs the enforcement body concerned.</translation>
    </message>
    <message>
        <source>Enforcement body</source>
        <translation>Enforcement body</translation>
    </message>
    <message>
        <source>A finding needs the date found.</source>
        <translation>A finding needs the date found.</translation>
    </message>
    <message>
        <source>Date found</source>
        <translation>Date found</translation>
    </message>
    <message>
        <source>A finding needs the problem.</source>
        <translation>A finding needs the problem.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>No such problem of a file review.</source>
        <translation>No such problem of a file review.</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Body text</source>
        <translation>Body text</translation>
    </message>
    <message>
        <source>First-level headings</source>
        <translation>First-level headings</translation>
    </message>
    <message>
        <source>Second-level headings</source>
        <translation>Second-level headings</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>%1: %2 stands in for %3, which is not installed.</source>
        <translation>%1: %2 stands in for %3, which is not installed.</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>an identity-card number has 18 characters, this one has %1</source>
        <translation>an identity-card number has 18 characters, this one has %1</translation>
    </message>
    <message>
        <source>character %1 of the identity-card number must be a digit</source>
        <translation>character %1 of the identity-card number must be a digit</translation>
    </message>
    <message>
        <source>the last character of the identity-card number must be a digit or X</source>
        <translation>the last character of the identity-card number must be a digit or X</translation>
    </message>
    <message>
        <source>the birth date %1 in the identity-card number is not a real date</source>
        <translation>the birth date %1 in the identity-card number is not a real date</translation>
    </message>
    <message>
        <source>the check digit is wrong (expected %1, found %2)</source>
        <translation>the check digit is wrong (expected %1, found %2)</translation>
    </message>
</context>
<context>
    <name>Io</name>
    <message>
        <source>Cannot export to &quot;%1&quot;: the file name must end in .csv, .xlsx or .json.</source>
        <translation>Cannot export to &quot;%1&quot;: the file name must end in .csv, .xlsx or .json.</translation>
    </message>
    <message>
        <source>an agency cannot be its own parent</source>
        <translation>an agency cannot be its own parent</translation>
    </message>
    <message>
        <source>unknown column, ignored</source>
        <translation>unknown column, ignored</translation>
    </message>
    <message>
        <source>the column appears twice (also as &quot;%1&quot;)</source>
        <translation>the column appears twice (also as &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the required column is missing</source>
        <translation>the required column is missing</translation>
    </message>
    <message>
        <source>the file needs a column 身份证号 or 执法证号 to identify the officer</source>
        <translation>the file needs a column 身份证号 or 执法证号 to identify the officer</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 text; if it was saved by Excel on Chinese Windows, import it with the encoding GB18030.</source>
        <translation>The file is not valid UTF-8 text; if it was saved by Excel on Chinese Windows, import it with the encoding GB18030.</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;: use UTF-8 or GB18030.</source>
        <translation>Unknown encoding &quot;%1&quot;: use UTF-8 or GB18030.</translation>
    </message>
    <message>
        <source>This build cannot decode GB18030 text.</source>
        <translation>This build cannot decode GB18030 text.</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text; save it from the spreadsheet as CSV (UTF-8).</source>
        <translation>The file is neither UTF-8 nor GB18030 text; save it from the spreadsheet as CSV (UTF-8).</translation>
    </message>
    <message>
        <source>The file is not valid GB18030 text.</source>
        <translation>The file is not valid GB18030 text.</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>a value is required</translation>
    </message>
    <message>
        <source>a date is required</source>
        <translation>a date is required</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2024-03-05, 2024/3/5, 2024.3.5 or 2024年3月5日</source>
        <translation>&quot;%1&quot; is not a date; write it as 2024-03-05, 2024/3/5, 2024.3.5 or 2024年3月5日</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no; write 是 or 否</source>
        <translation>&quot;%1&quot; is not yes or no; write 是 or 否</translation>
    </message>
    <message>
        <source>give the officer&apos;s 身份证号 or 执法证号</source>
        <translation>give the officer&apos;s 身份证号 or 执法证号</translation>
    </message>
    <message>
        <source>a masked 身份证号 cannot identify the officer; give the 执法证号 or export with --unmasked</source>
        <translation>a masked 身份证号 cannot identify the officer; give the 执法证号 or export with --unmasked</translation>
    </message>
    <message>
        <source>no officer has the identity-card number %1; import the officers first</source>
        <translation>no officer has the identity-card number %1; import the officers first</translation>
    </message>
    <message>
        <source>no officer holds the certificate %1</source>
        <translation>no officer holds the certificate %1</translation>
    </message>
    <message>
        <source>the certificate %1 belongs to another officer than the identity-card number</source>
        <translation>the certificate %1 belongs to another officer than the identity-card number</translation>
    </message>
    <message>
        <source>a value is required (one of %1)</source>
        <translation>a value is required (one of %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; is not one of %2</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>warning: </translation>
    </message>
    <message>
        <source>note: </source>
        <translation>note: </translation>
    </message>
    <message>
        <source>Enforcement bodies</source>
        <translation>Enforcement bodies</translation>
    </message>
    <message>
        <source>Enforcement officers</source>
        <translation>Enforcement officers</translation>
    </message>
    <message>
        <source>Training records</source>
        <translation>Training records</translation>
    </message>
    <message>
        <source>Annual assessments</source>
        <translation>Annual assessments</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: the file name must end in .csv or .xlsx.</source>
        <translation>Cannot read &quot;%1&quot;: the file name must end in .csv or .xlsx.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>The file cannot be read: %1.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>the file has a header row but no data rows</source>
        <translation>the file has a header row but no data rows</translation>
    </message>
    <message>
        <source>the number is masked (%1): a masked export cannot be imported; export with --unmasked</source>
        <translation>the number is masked (%1): a masked export cannot be imported; export with --unmasked</translation>
    </message>
    <message>
        <source>certificate details are given without the 执法证号</source>
        <translation>certificate details are given without the 执法证号</translation>
    </message>
    <message>
        <source>the expiry date is before the issue date</source>
        <translation>the expiry date is before the issue date</translation>
    </message>
    <message>
        <source>the certificate %1 is held by another officer</source>
        <translation>the certificate %1 is held by another officer</translation>
    </message>
    <message>
        <source>no enforcement body is named &quot;%1&quot;; import the agencies first</source>
        <translation>no enforcement body is named &quot;%1&quot;; import the agencies first</translation>
    </message>
    <message>
        <source>the phone number is masked: a masked export cannot be imported; export with --unmasked</source>
        <translation>the phone number is masked: a masked export cannot be imported; export with --unmasked</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of class hours</source>
        <translation>&quot;%1&quot; is not a number of class hours</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of minutes</source>
        <translation>&quot;%1&quot; is not a number of minutes</translation>
    </message>
    <message>
        <source>give the class hours (学时) or the duration (时长(分钟))</source>
        <translation>give the class hours (学时) or the duration (时长(分钟))</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year such as 2024</source>
        <translation>&quot;%1&quot; is not a year such as 2024</translation>
    </message>
    <message>
        <source>The file cannot be written: %1.</source>
        <translation>The file cannot be written: %1.</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <source>the workbook could not be created</source>
        <translation>the workbook could not be created</translation>
    </message>
    <message>
        <source>the temporary file could not be renamed</source>
        <translation>the temporary file could not be renamed</translation>
    </message>
    <message>
        <source>The file is not a readable XLSX workbook (%1). Save it again from the spreadsheet as .xlsx, or as CSV.</source>
        <translation>The file is not a readable XLSX workbook (%1). Save it again from the spreadsheet as .xlsx, or as CSV.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named &quot;%1&quot;; its sheets are: %2.</source>
        <translation>The workbook has no sheet named &quot;%1&quot;; its sheets are: %2.</translation>
    </message>
    <message>
        <source>no sheet</source>
        <translation>no sheet</translation>
    </message>
    <message>
        <source>cell reference out of range</source>
        <translation>cell reference out of range</translation>
    </message>
    <message>
        <source>not a zip archive</source>
        <translation>not a zip archive</translation>
    </message>
    <message>
        <source>duplicate: the same record is already on line %1</source>
        <translation>duplicate: the same record is already on line %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice</source>
        <translation>&quot;%1&quot; is given twice</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan such as 12500 or 12,500.50</source>
        <translation>&quot;%1&quot; is not an amount in yuan such as 12500 or 12,500.50</translation>
    </message>
    <message>
        <source>no officer holds the certificate %1; import the officers first</source>
        <translation>no officer holds the certificate %1; import the officers first</translation>
    </message>
    <message>
        <source>Enforcement cases</source>
        <translation>Enforcement cases</translation>
    </message>
    <message>
        <source>no case has the number %1; import the cases first</source>
        <translation>no case has the number %1; import the cases first</translation>
    </message>
    <message>
        <source>Supervision findings</source>
        <translation>Supervision findings</translation>
    </message>
    <message>
        <source>Rectification tasks</source>
        <translation>Rectification tasks</translation>
    </message>
    <message>
        <source>The task has been deleted meanwhile.</source>
        <translation>The task has been deleted meanwhile.</translation>
    </message>
    <message>
        <source>%1 differs from the 来源日期 %2 of the same source on line %3</source>
        <translation>%1 differs from the 来源日期 %2 of the same source on line %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no year and the source has no date (来源日期 or --source-date): kept as written, set its date by hand</source>
        <translation>&quot;%1&quot; has no year and the source has no date (来源日期 or --source-date): kept as written, set its date by hand</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not understood as a date or a continuing commitment: kept as written, set its date by hand</source>
        <translation>&quot;%1&quot; is not understood as a date or a continuing commitment: kept as written, set its date by hand</translation>
    </message>
    <message>
        <source>a task that is 已销号 needs its 销号日期</source>
        <translation>a task that is 已销号 needs its 销号日期</translation>
    </message>
    <message>
        <source>a 销号日期 is given but the status is not 已销号</source>
        <translation>a 销号日期 is given but the status is not 已销号</translation>
    </message>
    <message>
        <source>the task was signed off on %1; that date is kept</source>
        <translation>the task was signed off on %1; that date is kept</translation>
    </message>
    <message>
        <source>the task is already %1 in the ledger; an import does not move a status back (return the task with a reason in the ledger)</source>
        <translation>the task is already %1 in the ledger; an import does not move a status back (return the task with a reason in the ledger)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known enforcement body or section: kept as written</source>
        <translation>&quot;%1&quot; is not a known enforcement body or section: kept as written</translation>
    </message>
    <message>
        <source>the disk is full or the file is too large (the write stopped part-way)</source>
        <translation>the disk is full or the file is too large (the write stopped part-way)</translation>
    </message>
</context>
<context>
    <name>Jiandu::DatabaseLock</name>
    <message>
        <source>The database is already open in another Jiandu window.</source>
        <translation>The database is already open in another Jiandu window.</translation>
    </message>
    <message>
        <source>The lock file beside the database cannot be written (the folder may be read-only).</source>
        <translation>The lock file beside the database cannot be written (the folder may be read-only).</translation>
    </message>
</context>
<context>
    <name>Jiandu::DatabaseLock::Holder</name>
    <message>
        <source>another computer</source>
        <translation>another computer</translation>
    </message>
    <message>
        <source>The database is already open on %1 (process %2) since %3.</source>
        <translation>The database is already open on %1 (process %2) since %3.</translation>
    </message>
    <message>
        <source>The database is already open: opened by %1 on %2 since %3.</source>
        <translation>The database is already open: opened by %1 on %2 since %3.</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui</name>
    <message>
        <source>Jiandu</source>
        <translation>Jiandu</translation>
    </message>
    <message>
        <source>Two people editing the same file unaware of each other overwrite each other&apos;s work. Open it read-only, or quit and ask the holder to close it.</source>
        <translation>Two people editing the same file unaware of each other overwrite each other&apos;s work. Open it read-only, or quit and ask the holder to close it.</translation>
    </message>
    <message>
        <source>Jiandu cannot mark the file as in use. Open it read-only, or quit.</source>
        <translation>Jiandu cannot mark the file as in use. Open it read-only, or quit.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::AccountDialog</name>
    <message>
        <source>The two entries differ.</source>
        <translation>The two entries differ.</translation>
    </message>
    <message>
        <source>Disabled: the account cannot log in</source>
        <translation>Disabled: the account cannot log in</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Account: %1</translation>
    </message>
    <message>
        <source>2 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>2 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <source>An account limited to one agency sees and changes only that agency&apos;s records (a department&apos;s clerk).</source>
        <translation>An account limited to one agency sees and changes only that agency&apos;s records (a department&apos;s clerk).</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <source>Initial password again</source>
        <translation>Initial password again</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>The new user must change the initial password at the first login.</source>
        <translation>The new user must change the initial password at the first login.</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the field marked in red.</source>
        <translation>Nothing was saved: correct the field marked in red.</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Nothing was saved. %1</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Enter a user name.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s name.</source>
        <translation>Enter the user&apos;s name.</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::AccountTableModel</name>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Locked until %1</translation>
    </message>
    <message>
        <source>Must change the password</source>
        <translation>Must change the password</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::ActivityDialog</name>
    <message>
        <source>Started on</source>
        <translation>Started on</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Dated</translation>
    </message>
    <message>
        <source>e.g. the county justice bureau</source>
        <translation>e.g. the county justice bureau</translation>
    </message>
    <message>
        <source>The date of the source document: a deadline without a year (&quot;12月底&quot;) is the first such date on or after it.</source>
        <translation>The date of the source document: a deadline without a year (&quot;12月底&quot;) is the first such date on or after it.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Supervising unit:</source>
        <translation>Supervising unit:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>End:</translation>
    </message>
    <message>
        <source>Source document:</source>
        <translation>Source document:</translation>
    </message>
    <message>
        <source>Target bodies:</source>
        <translation>Target bodies:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>The activity no longer exists.</source>
        <translation>The activity no longer exists.</translation>
    </message>
    <message>
        <source>Supervision activity %1</source>
        <translation>Supervision activity %1</translation>
    </message>
    <message>
        <source>New supervision activity</source>
        <translation>New supervision activity</translation>
    </message>
    <message>
        <source>Give the activity a name.</source>
        <translation>Give the activity a name.</translation>
    </message>
    <message>
        <source>The activity cannot end before it starts.</source>
        <translation>The activity cannot end before it starts.</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::AgencyTreeModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>No region</source>
        <translation>No region</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::AssessmentEditor</name>
    <message>
        <source>Edit assessment</source>
        <translation>Edit assessment</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::AuditPage</name>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Record key contains…</source>
        <translation>Record key contains…</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Verify chain</translation>
    </message>
    <message>
        <source>Walk the whole audit trail&apos;s hash chain and name the first record that was changed, deleted or inserted</source>
        <translation>Walk the whole audit trail&apos;s hash chain and name the first record that was changed, deleted or inserted</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 records</translation>
    </message>
    <message>
        <source>Select a record to see what changed.</source>
        <translation>Select a record to see what changed.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 %3 · %4 · %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 %3 · %4 · %5</translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>Exporting the audit log…</translation>
    </message>
    <message>
        <source>%1 records written to %2.</source>
        <translation>%1 records written to %2.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <source>audit-log</source>
        <translation>audit-log</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>The audit chain is whole: %1 records, head %2.</source>
        <translation>The audit chain is whole: %1 records, head %2.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>This database predates the audit chain: nothing to verify.</source>
        <translation>This database predates the audit chain: nothing to verify.</translation>
    </message>
    <message>
        <source>The audit chain is broken: %1</source>
        <translation>The audit chain is broken: %1</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::AuditTableModel</name>
    <message>
        <source>The audit records could not be counted.</source>
        <translation>The audit records could not be counted.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Kind of record</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::AutoBackup</name>
    <message>
        <source>Backing up the database before closing…</source>
        <translation>Backing up the database before closing…</translation>
    </message>
    <message>
        <source>Jiandu</source>
        <translation>Jiandu</translation>
    </message>
    <message>
        <source>The backup on exit did not run.</source>
        <translation>The backup on exit did not run.</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::BackupPanel</name>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Before an upgrade</translation>
    </message>
    <message>
        <source>Back up when Jiandu closes</source>
        <translation>Back up when Jiandu closes</translation>
    </message>
    <message>
        <source>Back up once a day</source>
        <translation>Back up once a day</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Restore the selected backup…</source>
        <translation>Restore the selected backup…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>Restore from a file…</translation>
    </message>
    <message>
        <source>Save backup settings</source>
        <translation>Save backup settings</translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <source> automatic backups</source>
        <translation> automatic backups</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>Backup folder:</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Keep:</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Made at</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Audit head</source>
        <translation>Audit head</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Backup written to %1.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>The backup folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The backup settings were not saved: %1</source>
        <translation>The backup settings were not saved: %1</translation>
    </message>
    <message>
        <source>Backup settings saved.</source>
        <translation>Backup settings saved.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Select a backup in the list first.</source>
        <translation>Select a backup in the list first.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Jiandu database (*.sqlite *.db);;All files (*)</source>
        <translation>Jiandu database (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1</source>
        <translation>This backup cannot be restored: %1</translation>
    </message>
    <message>
        <source>Replace the current database by this backup?</source>
        <translation>Replace the current database by this backup?</translation>
    </message>
    <message>
        <source>Backup: %1
Made at: %2
Audit records: %3
Audit head: %4

The current database is kept aside (never deleted), and Jiandu restarts on the restored file.</source>
        <translation>Backup: %1
Made at: %2
Audit records: %3
Audit head: %4

The current database is kept aside (never deleted), and Jiandu restarts on the restored file.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::CalendarEditor</name>
    <message>
        <source>The year to show</source>
        <translation>The year to show</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Festival</source>
        <translation>Festival</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <source>Festival, e.g. 春节</source>
        <translation>Festival, e.g. 春节</translation>
    </message>
    <message>
        <source>Add day</source>
        <translation>Add day</translation>
    </message>
    <message>
        <source>Remove day</source>
        <translation>Remove day</translation>
    </message>
    <message>
        <source>The State Council notice (number or address)</source>
        <translation>The State Council notice (number or address)</translation>
    </message>
    <message>
        <source>Mark year complete</source>
        <translation>Mark year complete</translation>
    </message>
    <message>
        <source>Mark year incomplete</source>
        <translation>Mark year incomplete</translation>
    </message>
    <message>
        <source>%1 has no calendar data: deadlines that need it are not counted. Enter its days from the State Council notice and mark it complete.</source>
        <translation>%1 has no calendar data: deadlines that need it are not counted. Enter its days from the State Council notice and mark it complete.</translation>
    </message>
    <message>
        <source>%1 is complete, entered by the user (%2).</source>
        <translation>%1 is complete, entered by the user (%2).</translation>
    </message>
    <message>
        <source>%1 is complete, shipped with the application (%2).</source>
        <translation>%1 is complete, shipped with the application (%2).</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entered</translation>
    </message>
    <message>
        <source>Shipped (read-only)</source>
        <translation>Shipped (read-only)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Name the festival the day belongs to.</source>
        <translation>Name the festival the day belongs to.</translation>
    </message>
    <message>
        <source>The day is not in %1.</source>
        <translation>The day is not in %1.</translation>
    </message>
    <message>
        <source>Give the notice the year&apos;s schedule comes from.</source>
        <translation>Give the notice the year&apos;s schedule comes from.</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::CaseDialog</name>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Officers</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <source>Legal review</source>
        <translation>Legal review</translation>
    </message>
    <message>
        <source>Outcome and appeals</source>
        <translation>Outcome and appeals</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>The case no longer exists.</translation>
    </message>
    <message>
        <source>Edit case %1</source>
        <translation>Edit case %1</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Error:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Warning:</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Major enforcement decision (needs legal review first)</source>
        <translation>Major enforcement decision (needs legal review first)</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Case number:</translation>
    </message>
    <message>
        <source>Enforcement body:</source>
        <translation>Enforcement body:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Cause of action:</source>
        <translation>Cause of action:</translation>
    </message>
    <message>
        <source>Party:</source>
        <translation>Party:</translation>
    </message>
    <message>
        <source>Party type:</source>
        <translation>Party type:</translation>
    </message>
    <message>
        <source>Filed on:</source>
        <translation>Filed on:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <source>Closing:</source>
        <translation>Closing:</translation>
    </message>
    <message>
        <source>%1 (no certificate)</source>
        <translation>%1 (no certificate)</translation>
    </message>
    <message>
        <source>Stage (recorded)</source>
        <translation>Stage (recorded)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Audio/video</source>
        <translation>Audio/video</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Concluded</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Add a round</source>
        <translation>Add a round</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Hearing requested</source>
        <translation>Hearing requested</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Held on</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Published on</translation>
    </message>
    <message>
        <source>Taken down on</source>
        <translation>Taken down on</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Transferred to judicial organs</source>
        <translation>Transferred to judicial organs</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <source>Penalties:</source>
        <translation>Penalties:</translation>
    </message>
    <message>
        <source>Discretion:</source>
        <translation>Discretion:</translation>
    </message>
    <message>
        <source>Licence result:</source>
        <translation>Licence result:</translation>
    </message>
    <message>
        <source>Fine (yuan):</source>
        <translation>Fine (yuan):</translation>
    </message>
    <message>
        <source>Confiscation (yuan):</source>
        <translation>Confiscation (yuan):</translation>
    </message>
    <message>
        <source>Publicity:</source>
        <translation>Publicity:</translation>
    </message>
    <message>
        <source>Take-down:</source>
        <translation>Take-down:</translation>
    </message>
    <message>
        <source>Reconsideration:</source>
        <translation>Reconsideration:</translation>
    </message>
    <message>
        <source>Litigation:</source>
        <translation>Litigation:</translation>
    </message>
    <message>
        <source>Extension:</source>
        <translation>Extension:</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>Approved by:</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::CaseTableModel</name>
    <message>
        <source>The cases could not be counted.</source>
        <translation>The cases could not be counted.</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Enforcement body</source>
        <translation>Enforcement body</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Cause of action</source>
        <translation>Cause of action</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::CaseViewDialog</name>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>The case no longer exists.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 yuan</translation>
    </message>
    <message>
        <source>due %1 (working days)</source>
        <translation>due %1 (working days)</translation>
    </message>
    <message>
        <source>due %1 (calendar days)</source>
        <translation>due %1 (calendar days)</translation>
    </message>
    <message>
        <source>(done %1)</source>
        <translation>(done %1)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Audio/video</source>
        <translation>Audio/video</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Publicity</source>
        <translation>Publicity</translation>
    </message>
    <message>
        <source>Taken down on %1</source>
        <translation>Taken down on %1</translation>
    </message>
    <message>
        <source>No legal review recorded.</source>
        <translation>No legal review recorded.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Concluded</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>No collective discussion recorded.</source>
        <translation>No collective discussion recorded.</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Held on</translation>
    </message>
    <message>
        <source>unknown officer</source>
        <translation>unknown officer</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>no certificate</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>None recorded</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Enforcement body</source>
        <translation>Enforcement body</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Cause of action</source>
        <translation>Cause of action</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Filed / decided / closed</source>
        <translation>Filed / decided / closed</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Major decision</source>
        <translation>Major decision</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Officers</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>Penalties</translation>
    </message>
    <message>
        <source>Discretion</source>
        <translation>Discretion</translation>
    </message>
    <message>
        <source>Licence result</source>
        <translation>Licence result</translation>
    </message>
    <message>
        <source>Measures and executions</source>
        <translation>Measures and executions</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Confiscation</source>
        <translation>Confiscation</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <source>Requested, held %1</source>
        <translation>Requested, held %1</translation>
    </message>
    <message>
        <source>Not requested</source>
        <translation>Not requested</translation>
    </message>
    <message>
        <source>Published / taken down</source>
        <translation>Published / taken down</translation>
    </message>
    <message>
        <source>Reconsideration</source>
        <translation>Reconsideration</translation>
    </message>
    <message>
        <source>Litigation</source>
        <translation>Litigation</translation>
    </message>
    <message>
        <source>Transferred to judicial organs</source>
        <translation>Transferred to judicial organs</translation>
    </message>
    <message>
        <source>Yes, on %1</source>
        <translation>Yes, on %1</translation>
    </message>
    <message>
        <source>Handling period</source>
        <translation>Handling period</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>as set for the kind</source>
        <translation>as set for the kind</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>%1 days, approved %2 by %3</source>
        <translation>%1 days, approved %2 by %3</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Process (as of %1)</source>
        <translation>Process (as of %1)</translation>
    </message>
    <message>
        <source>Legal review</source>
        <translation>Legal review</translation>
    </message>
    <message>
        <source>Collective discussion</source>
        <translation>Collective discussion</translation>
    </message>
    <message>
        <source>Outcome, publicity and appeals</source>
        <translation>Outcome, publicity and appeals</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::CasesPage</name>
    <message>
        <source>The list could not be read: %1</source>
        <translation>The list could not be read: %1</translation>
    </message>
    <message>
        <source>Search case number, cause of action or party</source>
        <translation>Search case number, cause of action or party</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>The year a case counts in: its decision&apos;s, else its filing&apos;s</source>
        <translation>The year a case counts in: its decision&apos;s, else its filing&apos;s</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>With warnings</source>
        <translation>With warnings</translation>
    </message>
    <message>
        <source>Only cases named by a case rule (publicity, handling period, legal review, officers)</source>
        <translation>Only cases named by a case rule (publicity, handling period, legal review, officers)</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Counting cases…</source>
        <translation>Counting cases…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source> — %1 loaded, scroll for more</source>
        <translation> — %1 loaded, scroll for more</translation>
    </message>
    <message>
        <source>Checking the case rules…</source>
        <translation>Checking the case rules…</translation>
    </message>
    <message>
        <source> (some rules failed: %1)</source>
        <translation> (some rules failed: %1)</translation>
    </message>
    <message>
        <source>Delete cases</source>
        <translation>Delete cases</translation>
    </message>
    <message>
        <source>Delete %1 with their whole process record? The audit trail keeps a record.</source>
        <translation>Delete %1 with their whole process record? The audit trail keeps a record.</translation>
    </message>
    <message>
        <source>Nothing was deleted. %1</source>
        <translation>Nothing was deleted. %1</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>cases</translation>
    </message>
    <message>
        <source>Export cases</source>
        <translation>Export cases</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) written to %1.</source>
        <translation>
            <numerusform>%n case written to %1.</numerusform>
            <numerusform>%n cases written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the cases of every month again</source>
        <translation>Show the cases of every month again</translation>
    </message>
    <message>
        <source>Filed in %1 ✕</source>
        <translation>Filed in %1 ✕</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::CertificateEditor</name>
    <message>
        <source>Known</source>
        <translation>Known</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Edit certificate</source>
        <translation>Edit certificate</translation>
    </message>
    <message>
        <source>New certificate</source>
        <translation>New certificate</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Enforcement category</source>
        <translation>Enforcement category</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Enter the certificate number.</source>
        <translation>Enter the certificate number.</translation>
    </message>
    <message>
        <source>The expiry date is before the issue date.</source>
        <translation>The expiry date is before the issue date.</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <source>Before you start, choose a new password of your own: the one you logged in with was set by an administrator.</source>
        <translation>Before you start, choose a new password of your own: the one you logged in with was set by an administrator.</translation>
    </message>
    <message>
        <source>Choose a new password.</source>
        <translation>Choose a new password.</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>At least 8 characters, of at least 3 kinds: upper-case letters, lower-case letters, digits, other characters.</source>
        <translation>At least 8 characters, of at least 3 kinds: upper-case letters, lower-case letters, digits, other characters.</translation>
    </message>
    <message>
        <source>The password is strong enough; enter it again below.</source>
        <translation>The password is strong enough; enter it again below.</translation>
    </message>
    <message>
        <source>The password is strong enough.</source>
        <translation>The password is strong enough.</translation>
    </message>
    <message>
        <source>New password: %1</source>
        <translation>New password: %1</translation>
    </message>
    <message>
        <source>New password again: the two entries differ.</source>
        <translation>New password again: the two entries differ.</translation>
    </message>
    <message>
        <source>New password: choose one that differs from the current password.</source>
        <translation>New password: choose one that differs from the current password.</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::DashboardCharts</name>
    <message>
        <source>Cases filed per month</source>
        <translation>Cases filed per month</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Click a bar to list the cases filed in that month</source>
        <translation>Click a bar to list the cases filed in that month</translation>
    </message>
    <message>
        <source>Rectification by unit</source>
        <translation>Rectification by unit</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Signed off</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>No tasks</source>
        <translation>No tasks</translation>
    </message>
    <message>
        <source>%1: %2 of %3 tasks signed off</source>
        <translation>%1: %2 of %3 tasks signed off</translation>
    </message>
    <message>
        <source>Click a bar to list the unit&apos;s rectification tasks</source>
        <translation>Click a bar to list the unit&apos;s rectification tasks</translation>
    </message>
    <message>
        <source>Certificate coverage by body</source>
        <translation>Certificate coverage by body</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Certified</translation>
    </message>
    <message>
        <source>Without certificate</source>
        <translation>Without certificate</translation>
    </message>
    <message>
        <source>No officers</source>
        <translation>No officers</translation>
    </message>
    <message>
        <source>%1: %2 of %3 officers in post certified</source>
        <translation>%1: %2 of %3 officers in post certified</translation>
    </message>
    <message>
        <source>Click a bar to open the body in the roster</source>
        <translation>Click a bar to open the body in the roster</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::DashboardPage</name>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Evaluate the warning rules again on the current data</source>
        <translation>Evaluate the warning rules again on the current data</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Evaluating the warning rules…</source>
        <translation>Evaluating the warning rules…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation>Errors: %1</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Warnings: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes: %1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>as of %1</translation>
    </message>
    <message>
        <source>The warnings could not be evaluated: %1</source>
        <translation>The warnings could not be evaluated: %1</translation>
    </message>
    <message>
        <source>No warnings: every rule is satisfied.</source>
        <translation>No warnings: every rule is satisfied.</translation>
    </message>
    <message>
        <source>Click a count to list only the warnings of that level</source>
        <translation>Click a count to list only the warnings of that level</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::DeadlinesPanel</name>
    <message>
        <source>Due in the next %1 days</source>
        <translation>Due in the next %1 days</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Rectification tasks</source>
        <translation>Rectification tasks</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Publicity deadlines</source>
        <translation>Publicity deadlines</translation>
    </message>
    <message>
        <source>Certificates expiring</source>
        <translation>Certificates expiring</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::DocumentEditor</name>
    <message>
        <source>One paragraph a line; 一、 and （一） start headings.</source>
        <translation>One paragraph a line; 一、 and （一） start headings.</translation>
    </message>
    <message>
        <source>What the reply says</source>
        <translation>What the reply says</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>Issue…</translation>
    </message>
    <message>
        <source>Gives the document its issuing number; it cannot be edited afterwards.</source>
        <translation>Gives the document its issuing number; it cannot be edited afterwards.</translation>
    </message>
    <message>
        <source>Mark served</source>
        <translation>Mark served</translation>
    </message>
    <message>
        <source>Record reply</source>
        <translation>Record reply</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>Delete draft…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Document settings…</source>
        <translation>Document settings…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Recipient:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Attached task list</source>
        <translation>Attached task list</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>The document no longer exists.</source>
        <translation>The document no longer exists.</translation>
    </message>
    <message>
        <source>Supervision document (draft): %1</source>
        <translation>Supervision document (draft): %1</translation>
    </message>
    <message>
        <source>Supervision document %1</source>
        <translation>Supervision document %1</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>Task %1</translation>
    </message>
    <message>
        <source>(given when issued)</source>
        <translation>(given when issued)</translation>
    </message>
    <message>
        <source> — issued %1</source>
        <translation> — issued %1</translation>
    </message>
    <message>
        <source>, served %1</source>
        <translation>, served %1</translation>
    </message>
    <message>
        <source>, replied %1</source>
        <translation>, replied %1</translation>
    </message>
    <message>
        <source>, reply due %1</source>
        <translation>, reply due %1</translation>
    </message>
    <message>
        <source>Give the document a title.</source>
        <translation>Give the document a title.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Draft saved.</translation>
    </message>
    <message>
        <source>Issue the document</source>
        <translation>Issue the document</translation>
    </message>
    <message>
        <source>Issue &quot;%1&quot; now? It gets the next issuing number of its kind for %2 and cannot be edited afterwards.</source>
        <translation>Issue &quot;%1&quot; now? It gets the next issuing number of its kind for %2 and cannot be edited afterwards.</translation>
    </message>
    <message>
        <source>Issued as %1.</source>
        <translation>Issued as %1.</translation>
    </message>
    <message>
        <source>Marked as served.</source>
        <translation>Marked as served.</translation>
    </message>
    <message>
        <source>The reply is recorded.</source>
        <translation>The reply is recorded.</translation>
    </message>
    <message>
        <source>Delete the draft</source>
        <translation>Delete the draft</translation>
    </message>
    <message>
        <source>Delete the draft &quot;%1&quot;?</source>
        <translation>Delete the draft &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation>Print the document</translation>
    </message>
    <message>
        <source>Save the document as PDF</source>
        <translation>Save the document as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to %1.</source>
        <translation>
            <numerusform>%n page written to %1.</numerusform>
            <numerusform>%n pages written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>New document</source>
        <translation>New document</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::DocumentSettingsDialog</name>
    <message>
        <source>Document settings</source>
        <translation>Document settings</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Number prefix</source>
        <translation>Number prefix</translation>
    </message>
    <message>
        <source>Reply within (days)</source>
        <translation>Reply within (days)</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>no reply</translation>
    </message>
    <message>
        <source>Issuing authority:</source>
        <translation>Issuing authority:</translation>
    </message>
    <message>
        <source>A document&apos;s number is its prefix, the year and the next number of its kind: 清司监通〔2025〕3号.</source>
        <translation>A document&apos;s number is its prefix, the year and the next number of its kind: 清司监通〔2025〕3号.</translation>
    </message>
    <message>
        <source>Give every kind a number prefix.</source>
        <translation>Give every kind a number prefix.</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::DocumentTableModel</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <source>The reply is overdue</source>
        <translation>The reply is overdue</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(draft)</translation>
    </message>
    <message>
        <source>Replied %1</source>
        <translation>Replied %1</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::DocumentsPage</name>
    <message>
        <source>New from activity…</source>
        <translation>New from activity…</translation>
    </message>
    <message>
        <source>New from finding…</source>
        <translation>New from finding…</translation>
    </message>
    <message>
        <source>New blank…</source>
        <translation>New blank…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Document settings…</source>
        <translation>Document settings…</translation>
    </message>
    <message>
        <source>Search number, title or recipient</source>
        <translation>Search number, title or recipient</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>The list could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source> — %1 loaded, scroll for more</source>
        <translation> — %1 loaded, scroll for more</translation>
    </message>
    <message>
        <source>New document from an activity</source>
        <translation>New document from an activity</translation>
    </message>
    <message>
        <source>The activity&apos;s target bodies</source>
        <translation>The activity&apos;s target bodies</translation>
    </message>
    <message>
        <source>Activity:</source>
        <translation>Activity:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Recipient:</translation>
    </message>
    <message>
        <source>There is no supervision activity yet.</source>
        <translation>There is no supervision activity yet.</translation>
    </message>
    <message>
        <source>New document from a finding</source>
        <translation>New document from a finding</translation>
    </message>
    <message>
        <source>Finding:</source>
        <translation>Finding:</translation>
    </message>
    <message>
        <source>There is no finding yet.</source>
        <translation>There is no finding yet.</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::FindingDialog</name>
    <message>
        <source>New finding</source>
        <translation>New finding</translation>
    </message>
    <message>
        <source>e.g. 程序违法, 文书不规范</source>
        <translation>e.g. 程序违法, 文书不规范</translation>
    </message>
    <message>
        <source>Enforcement body:</source>
        <translation>Enforcement body:</translation>
    </message>
    <message>
        <source>Found on:</source>
        <translation>Found on:</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Severity:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Describe the problem found.</source>
        <translation>Describe the problem found.</translation>
    </message>
    <message>
        <source>Choose the enforcement body concerned.</source>
        <translation>Choose the enforcement body concerned.</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::IdleLock</name>
    <message>
        <source>Locked after a time without use.</source>
        <translation>Locked after a time without use.</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::ImportCheckPage</name>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Every row is validated before anything is written.</source>
        <translation>Every row is validated before anything is written.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>The check was cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) found. Nothing can be imported until they are corrected in the file: correct it, then go back and check it again.</source>
        <translation>
            <numerusform>%n error found. Nothing can be imported until they are corrected in the file: correct it, then go back and check it again.</numerusform>
            <numerusform>%n errors found. Nothing can be imported until they are corrected in the file: correct it, then go back and check it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No errors in %n row(s): %1 new, %2 updated, %3 unchanged. Warnings and notes do not stop the import. Click Import to write the rows.</source>
        <translation>
            <numerusform>No errors in %n row: %1 new, %2 updated, %3 unchanged. Warnings and notes do not stop the import. Click Import to write the rows.</numerusform>
            <numerusform>No errors in %n rows: %1 new, %2 updated, %3 unchanged. Warnings and notes do not stop the import. Click Import to write the rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>The first rows as they were read. Check that the columns and characters look right.</source>
        <translation>The first rows as they were read. Check that the columns and characters look right.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Encoding: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 column(s) · the first %n data row(s)</source>
        <translation>
            <numerusform>%1 · %2 column · the first %n data row</numerusform>
            <numerusform>%1 · %2 columns · the first %n data rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <source>Importing %1 from %2…</source>
        <translation>Importing %1 from %2…</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be written.</source>
        <translation>Cancelling… nothing will be written.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s): %1 new, %2 updated, %3 unchanged.</source>
        <translation>
            <numerusform>Imported %n row: %1 new, %2 updated, %3 unchanged.</numerusform>
            <numerusform>Imported %n rows: %1 new, %2 updated, %3 unchanged.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>The import was cancelled. Nothing was written.</translation>
    </message>
    <message>
        <source>The import stopped and nothing was written:</source>
        <translation>The import stopped and nothing was written:</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::ImportSourcePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <source>A .csv or .xlsx file in the layout of the import templates.</source>
        <translation>A .csv or .xlsx file in the layout of the import templates.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <source>The first sheet</source>
        <translation>The first sheet</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>Import:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Encoding (CSV):</source>
        <translation>Encoding (CSV):</translation>
    </message>
    <message>
        <source>Sheet (XLSX):</source>
        <translation>Sheet (XLSX):</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Choose the file to import.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>There is no file %1.</translation>
    </message>
    <message>
        <source>Only .csv and .xlsx files can be imported.</source>
        <translation>Only .csv and .xlsx files can be imported.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx);;CSV (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Tables (*.csv *.xlsx);;CSV (*.csv);;Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Source date:</source>
        <translation>Source date:</translation>
    </message>
    <message>
        <source>Date of the source document</source>
        <translation>Date of the source document</translation>
    </message>
    <message>
        <source>For deadlines written without a year, e.g. 12月底: they fall in the year of this date. A 来源日期 column in the file comes first.</source>
        <translation>For deadlines written without a year, e.g. 12月底: they fall in the year of this date. A 来源日期 column in the file comes first.</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Row %1 · %2 · %3</source>
        <translation>Row %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Row %1 · %2</source>
        <translation>Row %1 · %2</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::LoginDialog</name>
    <message>
        <source>Jiandu — Log in</source>
        <translation>Jiandu — Log in</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Law-enforcement supervision ledger&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Law-enforcement supervision ledger&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Officers</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Supervision and rectification</source>
        <translation>Supervision and rectification</translation>
    </message>
    <message>
        <source>Supervision documents</source>
        <translation>Supervision documents</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>Annual report</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Jiandu — Law-enforcement supervision ledger</source>
        <translation>Jiandu — Law-enforcement supervision ledger</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Jiandu</source>
        <translation>&amp;About Jiandu</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Jiandu database (*.sqlite *.db);;All files (*)</source>
        <translation>Jiandu database (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>About Jiandu</source>
        <translation>About Jiandu</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Jiandu %1&lt;/h3&gt;&lt;p&gt;The supervision ledger of administrative law enforcement (行政执法监督台账) for a justice bureau&apos;s supervision office.&lt;/p&gt;&lt;p&gt;Database schema %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Jiandu %1&lt;/h3&gt;&lt;p&gt;The supervision ledger of administrative law enforcement (行政执法监督台账) for a justice bureau&apos;s supervision office.&lt;/p&gt;&lt;p&gt;Database schema %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Case-file review</source>
        <translation>Case-file review</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> — %1 only</source>
        <translation> — %1 only</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Logged in as %1</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::OfficerDialog</name>
    <message>
        <source>Basic data</source>
        <translation>Basic data</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>18 characters, the last may be X</source>
        <translation>18 characters, the last may be X</translation>
    </message>
    <message>
        <source>Holds the national legal professional qualification</source>
        <translation>Holds the national legal professional qualification</translation>
    </message>
    <message>
        <source>Legal reviewer (法制审核人员)</source>
        <translation>Legal reviewer (法制审核人员)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Identity-card number</source>
        <translation>Identity-card number</translation>
    </message>
    <message>
        <source>Enforcement body</source>
        <translation>Enforcement body</translation>
    </message>
    <message>
        <source>Staff category</source>
        <translation>Staff category</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Enforcement category</source>
        <translation>Enforcement category</translation>
    </message>
    <message>
        <source>Post status</source>
        <translation>Post status</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>The officer no longer exists.</source>
        <translation>The officer no longer exists.</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>Officer: %1</translation>
    </message>
    <message>
        <source>New officer</source>
        <translation>New officer</translation>
    </message>
    <message>
        <source>Enter the officer&apos;s name.</source>
        <translation>Enter the officer&apos;s name.</translation>
    </message>
    <message>
        <source>Choose the enforcement body.</source>
        <translation>Choose the enforcement body.</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the field marked in red.</source>
        <translation>Nothing was saved: correct the field marked in red.</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Nothing was saved. %1</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>No expiry</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Class hours</source>
        <translation>Class hours</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>%1: %2 h</source>
        <translation>%1: %2 h</translation>
    </message>
    <message>
        <source>No training recorded.</source>
        <translation>No training recorded.</translation>
    </message>
    <message>
        <source>Legal training class hours per year — %1</source>
        <translation>Legal training class hours per year — %1</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Every change to this officer and their certificates, oldest first.</source>
        <translation>Every change to this officer and their certificates, oldest first.</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>Certificate %1</translation>
    </message>
    <message>
        <source>Show full number</source>
        <translation>Show full number</translation>
    </message>
    <message>
        <source>Masked. “Show full number” shows it in full; the audit trail records that you did.</source>
        <translation>Masked. “Show full number” shows it in full; the audit trail records that you did.</translation>
    </message>
    <message>
        <source>Number shown in full</source>
        <translation>Number shown in full</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::OfficerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Identity-card number</source>
        <translation>Identity-card number</translation>
    </message>
    <message>
        <source>Enforcement body</source>
        <translation>Enforcement body</translation>
    </message>
    <message>
        <source>Staff category</source>
        <translation>Staff category</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Certificate state</source>
        <translation>Certificate state</translation>
    </message>
    <message>
        <source>Training hours this year</source>
        <translation>Training hours this year</translation>
    </message>
    <message>
        <source>Post status</source>
        <translation>Post status</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>No expiry</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::Progress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::ReportPage</name>
    <message>
        <source>Annual report on administrative law enforcement</source>
        <translation>Annual report on administrative law enforcement</translation>
    </message>
    <message>
        <source>The data changed after this computation: compute again for the current figures.</source>
        <translation>The data changed after this computation: compute again for the current figures.</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>ODT…</source>
        <translation>ODT…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <source>The whole region (every body)</source>
        <translation>The whole region (every body)</translation>
    </message>
    <message>
        <source>Computing the report of %1…</source>
        <translation>Computing the report of %1…</translation>
    </message>
    <message>
        <source>The report could not be computed: %1</source>
        <translation>The report could not be computed: %1</translation>
    </message>
    <message>
        <source>%1, %2 — as of %3.</source>
        <translation>%1, %2 — as of %3.</translation>
    </message>
    <message>
        <source>Compute the report first.</source>
        <translation>Compute the report first.</translation>
    </message>
    <message>
        <source>Choose a file ending in .json, .csv, .xlsx, .pdf or .odt.</source>
        <translation>Choose a file ending in .json, .csv, .xlsx, .pdf or .odt.</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument text (*.odt)</translation>
    </message>
    <message>
        <source>annual-report-%1</source>
        <translation>annual-report-%1</translation>
    </message>
    <message>
        <source>Export the annual report</source>
        <translation>Export the annual report</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Written to %1.</translation>
    </message>
    <message>
        <source>Finalise…</source>
        <translation>Finalise…</translation>
    </message>
    <message>
        <source>Record these figures as the published report (定稿), with who finalised it, when, and the SHA-256 of its JSON</source>
        <translation>Record these figures as the published report (定稿), with who finalised it, when, and the SHA-256 of its JSON</translation>
    </message>
    <message>
        <source>Compare with now</source>
        <translation>Compare with now</translation>
    </message>
    <message>
        <source>Recompute the selected finalised report on today&apos;s data and list the figures that changed</source>
        <translation>Recompute the selected finalised report on today&apos;s data and list the figures that changed</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Finalised at</source>
        <translation>Finalised at</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Not finalised yet.</source>
        <translation>Not finalised yet.</translation>
    </message>
    <message>
        <source>Finalised (no. %1) by %2 on %3 — SHA-256 %4…</source>
        <translation>Finalised (no. %1) by %2 on %3 — SHA-256 %4…</translation>
    </message>
    <message>
        <source>Finalise the annual report</source>
        <translation>Finalise the annual report</translation>
    </message>
    <message>
        <source>Record the report of %1 for %2 (as of %3) as final? The figures are kept with your name, the time and their SHA-256; a later finalisation adds a new entry.</source>
        <translation>Record the report of %1 for %2 (as of %3) as final? The figures are kept with your name, the time and their SHA-256; a later finalisation adds a new entry.</translation>
    </message>
    <message>
        <source>Recomputing the report of %1…</source>
        <translation>Recomputing the report of %1…</translation>
    </message>
    <message>
        <source>Finalised report against now</source>
        <translation>Finalised report against now</translation>
    </message>
    <message>
        <source>The report of %1 for %2 computed now equals the finalisation no. %3.</source>
        <translation>The report of %1 for %2 computed now equals the finalisation no. %3.</translation>
    </message>
    <message>
        <source>%1 figure(s) of the report of %2 for %3 differ from finalisation no. %4.</source>
        <translation>%1 figure(s) of the report of %2 for %3 differ from finalisation no. %4.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Print the annual report</source>
        <translation>Print the annual report</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Printed report</source>
        <translation>Printed report</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Previous year</translation>
    </message>
    <message>
        <source>Choose the year and the scope, then compute the report.</source>
        <translation>Choose the year and the scope, then compute the report.</translation>
    </message>
    <message>
        <source>Bodies and officers</source>
        <translation>Bodies and officers</translation>
    </message>
    <message>
        <source>Enforcement bodies</source>
        <translation>Enforcement bodies</translation>
    </message>
    <message>
        <source>Officers in post</source>
        <translation>Officers in post</translation>
    </message>
    <message>
        <source>Officers with a valid certificate</source>
        <translation>Officers with a valid certificate</translation>
    </message>
    <message>
        <source>Certificate coverage</source>
        <translation>Certificate coverage</translation>
    </message>
    <message>
        <source>Legal reviewers</source>
        <translation>Legal reviewers</translation>
    </message>
    <message>
        <source>Officers meeting the training minimum</source>
        <translation>Officers meeting the training minimum</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Cases of the year</source>
        <translation>Cases of the year</translation>
    </message>
    <message>
        <source>Penalty decisions</source>
        <translation>Penalty decisions</translation>
    </message>
    <message>
        <source>Fines and confiscations (yuan)</source>
        <translation>Fines and confiscations (yuan)</translation>
    </message>
    <message>
        <source>Licence applications</source>
        <translation>Licence applications</translation>
    </message>
    <message>
        <source>Coercive measures</source>
        <translation>Coercive measures</translation>
    </message>
    <message>
        <source>Cases transferred to judicial organs</source>
        <translation>Cases transferred to judicial organs</translation>
    </message>
    <message>
        <source>The three systems</source>
        <translation>The three systems</translation>
    </message>
    <message>
        <source>Major decisions with legal review</source>
        <translation>Major decisions with legal review</translation>
    </message>
    <message>
        <source>Decisions published on time</source>
        <translation>Decisions published on time</translation>
    </message>
    <message>
        <source>Reconsideration and litigation</source>
        <translation>Reconsideration and litigation</translation>
    </message>
    <message>
        <source>Reconsideration: decisions corrected</source>
        <translation>Reconsideration: decisions corrected</translation>
    </message>
    <message>
        <source>Litigation: cases lost</source>
        <translation>Litigation: cases lost</translation>
    </message>
    <message>
        <source>Case-file review and rectification</source>
        <translation>Case-file review and rectification</translation>
    </message>
    <message>
        <source>Case files reviewed</source>
        <translation>Case files reviewed</translation>
    </message>
    <message>
        <source>Average review score</source>
        <translation>Average review score</translation>
    </message>
    <message>
        <source>Rectification tasks due in the year</source>
        <translation>Rectification tasks due in the year</translation>
    </message>
    <message>
        <source>Tasks signed off on time</source>
        <translation>Tasks signed off on time</translation>
    </message>
    <message>
        <source>Tasks overdue</source>
        <translation>Tasks overdue</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::ResetPasswordDialog</name>
    <message>
        <source>Reset the password of %1</source>
        <translation>Reset the password of %1</translation>
    </message>
    <message>
        <source>%1 must change this password at the next login. Resetting also unlocks the account.</source>
        <translation>%1 must change this password at the next login. Resetting also unlocks the account.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>The password was not reset. %1</source>
        <translation>The password was not reset. %1</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::ReviewPage</name>
    <message>
        <source>New review activity</source>
        <translation>New review activity</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Random</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Organiser:</source>
        <translation>Organiser:</translation>
    </message>
    <message>
        <source>Draw from:</source>
        <translation>Draw from:</translation>
    </message>
    <message>
        <source>Cases of the year:</source>
        <translation>Cases of the year:</translation>
    </message>
    <message>
        <source>Files to draw:</source>
        <translation>Files to draw:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Enforcement body</source>
        <translation>Enforcement body</translation>
    </message>
    <message>
        <source>Cause of action</source>
        <translation>Cause of action</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Score…</source>
        <translation>Score…</translation>
    </message>
    <message>
        <source>Print score sheet…</source>
        <translation>Print score sheet…</translation>
    </message>
    <message>
        <source>Case-file review</source>
        <translation>Case-file review</translation>
    </message>
    <message>
        <source>New activity…</source>
        <translation>New activity…</translation>
    </message>
    <message>
        <source>Expert pool…</source>
        <translation>Expert pool…</translation>
    </message>
    <message>
        <source>%1 (%2 final)</source>
        <translation>%1 (%2 final)</translation>
    </message>
    <message>
        <source>Score sheet: %1. Sampling: %2 files of %3 from %4; seed %5.</source>
        <translation>Score sheet: %1. Sampling: %2 files of %3 from %4; seed %5.</translation>
    </message>
    <message>
        <source>Print score sheet</source>
        <translation>Print score sheet</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Outside expert</source>
        <translation>Outside expert</translation>
    </message>
    <message>
        <source>No officer holds the certificate %1.</source>
        <translation>No officer holds the certificate %1.</translation>
    </message>
    <message>
        <source>Certificate No.</source>
        <translation>Certificate No.</translation>
    </message>
    <message>
        <source>Expert pool</source>
        <translation>Expert pool</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Speciality</source>
        <translation>Speciality</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>For an officer of the roster</source>
        <translation>For an officer of the roster</translation>
    </message>
    <message>
        <source>Officer&apos;s certificate No.:</source>
        <translation>Officer&apos;s certificate No.:</translation>
    </message>
    <message>
        <source>Or outside expert&apos;s name:</source>
        <translation>Or outside expert&apos;s name:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Speciality:</source>
        <translation>Speciality:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Add to the pool</source>
        <translation>Add to the pool</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::ReviewScoreDialog</name>
    <message>
        <source>Score a case file</source>
        <translation>Score a case file</translation>
    </message>
    <message>
        <source>The file review could not be read.</source>
        <translation>The file review could not be read.</translation>
    </message>
    <message>
        <source>%1 — %2 (score sheet: %3)</source>
        <translation>%1 — %2 (score sheet: %3)</translation>
    </message>
    <message>
        <source>Reviewed on:</source>
        <translation>Reviewed on:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Reviewers:</source>
        <translation>Reviewers:</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Not met / deduction</source>
        <translation>Not met / deduction</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Problems found:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Add problem</source>
        <translation>Add problem</translation>
    </message>
    <message>
        <source>Remove problem</source>
        <translation>Remove problem</translation>
    </message>
    <message>
        <source>Raise finding</source>
        <translation>Raise finding</translation>
    </message>
    <message>
        <source>Record the selected problem as a finding for rectification.</source>
        <translation>Record the selected problem as a finding for rectification.</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>Raised (No. %1)</source>
        <translation>Raised (No. %1)</translation>
    </message>
    <message>
        <source>A veto item is not met: 0 points, %1.</source>
        <translation>A veto item is not met: 0 points, %1.</translation>
    </message>
    <message>
        <source>Total %1 of %2 (form %3, content %4): %5.</source>
        <translation>Total %1 of %2 (form %3, content %4): %5.</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::RosterPage</name>
    <message>
        <source>The list could not be read: %1</source>
        <translation>The list could not be read: %1</translation>
    </message>
    <message>
        <source>Search name or certificate number</source>
        <translation>Search name or certificate number</translation>
    </message>
    <message>
        <source>All post states</source>
        <translation>All post states</translation>
    </message>
    <message>
        <source>All certificate states</source>
        <translation>All certificate states</translation>
    </message>
    <message>
        <source>Training hours short</source>
        <translation>Training hours short</translation>
    </message>
    <message>
        <source>Only officers below the yearly minimum of legal training hours</source>
        <translation>Only officers below the yearly minimum of legal training hours</translation>
    </message>
    <message>
        <source>Post:</source>
        <translation>Post:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificate:</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Print roster…</source>
        <translation>Print roster…</translation>
    </message>
    <message numerus="yes">
        <source>%n officer(s)</source>
        <translation>
            <numerusform>%n officer</numerusform>
            <numerusform>%n officers</numerusform>
        </translation>
    </message>
    <message>
        <source> — %1 loaded, scroll for more</source>
        <translation> — %1 loaded, scroll for more</translation>
    </message>
    <message>
        <source>Delete officers</source>
        <translation>Delete officers</translation>
    </message>
    <message>
        <source>Delete %1 with their certificates, trainings and assessments? The audit trail keeps a record.</source>
        <translation>Delete %1 with their certificates, trainings and assessments? The audit trail keeps a record.</translation>
    </message>
    <message>
        <source>Nothing was deleted. %1</source>
        <translation>Nothing was deleted. %1</translation>
    </message>
    <message>
        <source>officers</source>
        <translation>officers</translation>
    </message>
    <message>
        <source>Export officers</source>
        <translation>Export officers</translation>
    </message>
    <message numerus="yes">
        <source>%n officer(s) written to %1.</source>
        <translation>
            <numerusform>%n officer written to %1.</numerusform>
            <numerusform>%n officers written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the public roster</source>
        <translation>Print the public roster</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::SettingsPage</name>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Warning thresholds</source>
        <translation>Warning thresholds</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Issuing unit:</source>
        <translation>Issuing unit:</translation>
    </message>
    <message>
        <source>Certificate expiring within:</source>
        <translation>Certificate expiring within:</translation>
    </message>
    <message>
        <source>Minimum legal training per year:</source>
        <translation>Minimum legal training per year:</translation>
    </message>
    <message>
        <source>Minimum share of legal reviewers:</source>
        <translation>Minimum share of legal reviewers:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Schema version:</translation>
    </message>
    <message>
        <source>The name printed on rosters and documents</source>
        <translation>The name printed on rosters and documents</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source> class hours</source>
        <translation> class hours</translation>
    </message>
    <message>
        <source>Of an agency&apos;s active officers, rounded up</source>
        <translation>Of an agency&apos;s active officers, rounded up</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (read-only)</translation>
    </message>
    <message>
        <source>The issuing unit&apos;s name is longer than %1 characters.</source>
        <translation>The issuing unit&apos;s name is longer than %1 characters.</translation>
    </message>
    <message>
        <source>Warn about expiring certificates at least 1 day ahead.</source>
        <translation>Warn about expiring certificates at least 1 day ahead.</translation>
    </message>
    <message>
        <source>The minimum legal training must be more than 0 class hours.</source>
        <translation>The minimum legal training must be more than 0 class hours.</translation>
    </message>
    <message>
        <source>The minimum share of legal reviewers must be more than 0 %.</source>
        <translation>The minimum share of legal reviewers must be more than 0 %.</translation>
    </message>
    <message>
        <source>The settings were not saved: %1</source>
        <translation>The settings were not saved: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>Working-day calendar</translation>
    </message>
    <message>
        <source>Case deadlines</source>
        <translation>Case deadlines</translation>
    </message>
    <message>
        <source>Publicity of licences and penalties within:</source>
        <translation>Publicity of licences and penalties within:</translation>
    </message>
    <message>
        <source>Publicity of other decisions within:</source>
        <translation>Publicity of other decisions within:</translation>
    </message>
    <message>
        <source>Warn when the publicity deadline is within:</source>
        <translation>Warn when the publicity deadline is within:</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>Handling period, %1:</source>
        <translation>Handling period, %1:</translation>
    </message>
    <message>
        <source> days from filing</source>
        <translation> days from filing</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Users and permissions</source>
        <translation>Users and permissions</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::SupervisionPage</name>
    <message>
        <source>Rectification ledger</source>
        <translation>Rectification ledger</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>The ledger could not be read: %1</source>
        <translation>The ledger could not be read: %1</translation>
    </message>
    <message>
        <source>New activity…</source>
        <translation>New activity…</translation>
    </message>
    <message>
        <source>Edit activity…</source>
        <translation>Edit activity…</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>New task…</translation>
    </message>
    <message>
        <source>Open task</source>
        <translation>Open task</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Print preview of the ledger of the current filter</source>
        <translation>Print preview of the ledger of the current filter</translation>
    </message>
    <message>
        <source>Save the ledger of the current filter as a PDF</source>
        <translation>Save the ledger of the current filter as a PDF</translation>
    </message>
    <message>
        <source>Export the tasks of the chosen activity and body (XLSX, CSV or JSON, in the import layout)</source>
        <translation>Export the tasks of the chosen activity and body (XLSX, CSV or JSON, in the import layout)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Completion per responsible unit:</source>
        <translation>Completion per responsible unit:</translation>
    </message>
    <message>
        <source>Search problem, measures or number</source>
        <translation>Search problem, measures or number</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation>All bodies</translation>
    </message>
    <message>
        <source>Counting tasks…</source>
        <translation>Counting tasks…</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source> — %1 loaded, scroll for more</source>
        <translation> — %1 loaded, scroll for more</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>Found on</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Enforcement body</source>
        <translation>Enforcement body</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>New finding…</source>
        <translation>New finding…</translation>
    </message>
    <message>
        <source>Create task from finding…</source>
        <translation>Create task from finding…</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Findings (%1)</translation>
    </message>
    <message>
        <source>Print the rectification ledger</source>
        <translation>Print the rectification ledger</translation>
    </message>
    <message>
        <source>Writing the ledger…</source>
        <translation>Writing the ledger…</translation>
    </message>
    <message>
        <source>Save the ledger as PDF</source>
        <translation>Save the ledger as PDF</translation>
    </message>
    <message>
        <source>rectification-ledger.pdf</source>
        <translation>rectification-ledger.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to %1.</source>
        <translation>
            <numerusform>%n page written to %1.</numerusform>
            <numerusform>%n pages written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export rectification tasks</source>
        <translation>Export rectification tasks</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>tasks</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) written to %1.</source>
        <translation>
            <numerusform>%n task written to %1.</numerusform>
            <numerusform>%n tasks written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Completion rate</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>%1 signed off, %2 completed and waiting for verification, of %3</source>
        <translation>%1 signed off, %2 completed and waiting for verification, of %3</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>All activities</translation>
    </message>
    <message numerus="yes">
        <source>Completion rate = signed off / total; %n activity(ies).</source>
        <translation>
            <numerusform>Completion rate = signed off / total; %n activity(ies).</numerusform>
            <numerusform>Completion rate = signed off / total; %n activity(ies).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import tasks…</source>
        <translation>Import tasks…</translation>
    </message>
    <message>
        <source>Import rectification tasks from an XLSX or CSV table (a rectification plan in the import layout)</source>
        <translation>Import rectification tasks from an XLSX or CSV table (a rectification plan in the import layout)</translation>
    </message>
    <message>
        <source>Draft a document…</source>
        <translation>Draft a document…</translation>
    </message>
    <message>
        <source>Draft a supervision document to the body of the chosen finding, with the finding&apos;s tasks attached</source>
        <translation>Draft a supervision document to the body of the chosen finding, with the finding&apos;s tasks attached</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::TaskDialog</name>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Separate units with 、 or commas</source>
        <translation>Separate units with 、 or commas</translation>
    </message>
    <message>
        <source>As written, e.g. 12月底, 2024年6月底前, 长期坚持</source>
        <translation>As written, e.g. 12月底, 2024年6月底前, 长期坚持</translation>
    </message>
    <message>
        <source>Set the date by hand</source>
        <translation>Set the date by hand</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>No.:</source>
        <translation>No.:</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <source>Measures:</source>
        <translation>Measures:</translation>
    </message>
    <message>
        <source>Lead unit:</source>
        <translation>Lead unit:</translation>
    </message>
    <message>
        <source>Responsible units:</source>
        <translation>Responsible units:</translation>
    </message>
    <message>
        <source>Responsible person:</source>
        <translation>Responsible person:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>Remark:</source>
        <translation>Remark:</translation>
    </message>
    <message>
        <source>The task no longer exists.</source>
        <translation>The task no longer exists.</translation>
    </message>
    <message>
        <source>Rectification task %1</source>
        <translation>Rectification task %1</translation>
    </message>
    <message>
        <source>New rectification task</source>
        <translation>New rectification task</translation>
    </message>
    <message>
        <source>Date set by hand: %1</source>
        <translation>Date set by hand: %1</translation>
    </message>
    <message>
        <source>Not understood: set the date by hand</source>
        <translation>Not understood: set the date by hand</translation>
    </message>
    <message>
        <source>By %1, then continuing</source>
        <translation>By %1, then continuing</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>By %1</translation>
    </message>
    <message>
        <source>A continuing commitment, no date</source>
        <translation>A continuing commitment, no date</translation>
    </message>
    <message>
        <source>Choose the supervision activity the task comes from.</source>
        <translation>Choose the supervision activity the task comes from.</translation>
    </message>
    <message>
        <source>Give the task its number in the ledger.</source>
        <translation>Give the task its number in the ledger.</translation>
    </message>
    <message>
        <source>Describe the problem to rectify.</source>
        <translation>Describe the problem to rectify.</translation>
    </message>
    <message>
        <source>Write the deadline as the source gives it (e.g. 12月底 or 长期坚持).</source>
        <translation>Write the deadline as the source gives it (e.g. 12月底 or 长期坚持).</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Workflow steps, oldest first:</source>
        <translation>Workflow steps, oldest first:</translation>
    </message>
    <message>
        <source>Every recorded change to the task, oldest first:</source>
        <translation>Every recorded change to the task, oldest first:</translation>
    </message>
    <message>
        <source>Returned for rectification</source>
        <translation>Returned for rectification</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>What remains</source>
        <translation>What remains</translation>
    </message>
    <message>
        <source>Expected on</source>
        <translation>Expected on</translation>
    </message>
    <message>
        <source>Expected completion</source>
        <translation>Expected completion</translation>
    </message>
    <message>
        <source>Add report</source>
        <translation>Add report</translation>
    </message>
    <message>
        <source>New progress report</source>
        <translation>New progress report</translation>
    </message>
    <message>
        <source>Reported on:</source>
        <translation>Reported on:</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>What was done:</translation>
    </message>
    <message>
        <source>Completion:</source>
        <translation>Completion:</translation>
    </message>
    <message>
        <source>What remains:</source>
        <translation>What remains:</translation>
    </message>
    <message>
        <source>Expected on:</source>
        <translation>Expected on:</translation>
    </message>
    <message>
        <source>Start rectification</source>
        <translation>Start rectification</translation>
    </message>
    <message>
        <source>Report completed</source>
        <translation>Report completed</translation>
    </message>
    <message>
        <source>Verify and sign off</source>
        <translation>Verify and sign off</translation>
    </message>
    <message>
        <source>Return for rectification…</source>
        <translation>Return for rectification…</translation>
    </message>
    <message>
        <source>Extension of the deadline</source>
        <translation>Extension of the deadline</translation>
    </message>
    <message>
        <source>Request extension</source>
        <translation>Request extension</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>Refuse…</translation>
    </message>
    <message>
        <source>New deadline:</source>
        <translation>New deadline:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Date of the step:</source>
        <translation>Date of the step:</translation>
    </message>
    <message>
        <source>Say what was done.</source>
        <translation>Say what was done.</translation>
    </message>
    <message>
        <source> — overdue</source>
        <translation> — overdue</translation>
    </message>
    <message>
        <source>Pending request: extend to %1 (%2), asked on %3.</source>
        <translation>Pending request: extend to %1 (%2), asked on %3.</translation>
    </message>
    <message>
        <source>No extension requested.</source>
        <translation>No extension requested.</translation>
    </message>
    <message>
        <source>Return for rectification</source>
        <translation>Return for rectification</translation>
    </message>
    <message>
        <source>Why is the task returned?</source>
        <translation>Why is the task returned?</translation>
    </message>
    <message>
        <source>Refuse the extension</source>
        <translation>Refuse the extension</translation>
    </message>
    <message>
        <source>Why is the extension refused?</source>
        <translation>Why is the extension refused?</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::TaskTableModel</name>
    <message>
        <source>The tasks could not be counted.</source>
        <translation>The tasks could not be counted.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>%1 (no date)</source>
        <translation>%1 (no date)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>Responsible units</source>
        <translation>Responsible units</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Date set by hand: %1</source>
        <translation>Date set by hand: %1</translation>
    </message>
    <message>
        <source>Understood as: %1</source>
        <translation>Understood as: %1</translation>
    </message>
    <message>
        <source>A continuing commitment</source>
        <translation>A continuing commitment</translation>
    </message>
    <message>
        <source>The deadline could not be understood: open the task and set its date by hand.</source>
        <translation>The deadline could not be understood: open the task and set its date by hand.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::TrainingEditor</name>
    <message>
        <source>Edit training</source>
        <translation>Edit training</translation>
    </message>
    <message>
        <source>New training</source>
        <translation>New training</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>e.g. 4 or 2.5</source>
        <translation>e.g. 4 or 2.5</translation>
    </message>
    <message>
        <source>used when class hours are empty; 45 minutes = 1 class hour</source>
        <translation>used when class hours are empty; 45 minutes = 1 class hour</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Class hours</source>
        <translation>Class hours</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Duration (minutes)</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Enter the title of the training.</source>
        <translation>Enter the title of the training.</translation>
    </message>
    <message>
        <source>Class hours must be a number such as 4 or 2.5.</source>
        <translation>Class hours must be a number such as 4 or 2.5.</translation>
    </message>
    <message>
        <source>The duration must be a whole number of minutes.</source>
        <translation>The duration must be a whole number of minutes.</translation>
    </message>
    <message>
        <source>Give the class hours or the duration in minutes.</source>
        <translation>Give the class hours or the duration in minutes.</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::UnlockDialog</name>
    <message>
        <source>Jiandu — Locked</source>
        <translation>Jiandu — Locked</translation>
    </message>
    <message>
        <source>Jiandu was locked after a time without use. Enter the password of %1 to go on, or log out.</source>
        <translation>Jiandu was locked after a time without use. Enter the password of %1 to go on, or log out.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
</context>
<context>
    <name>Jiandu::Ui::UsersPanel</name>
    <message>
        <source>Accounts are off</source>
        <translation>Accounts are off</translation>
    </message>
    <message>
        <source>Jiandu runs in single-user mode: no login, every right. Turn accounts on to have everyone log in with their own account and role; every change is then recorded under the account&apos;s name. Start with the first administrator:</source>
        <translation>Jiandu runs in single-user mode: no login, every right. Turn accounts on to have everyone log in with their own account and role; every change is then recorded under the account&apos;s name. Start with the first administrator:</translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation>e.g. admin</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>Turn accounts on</source>
        <translation>Turn accounts on</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Turn accounts off…</source>
        <translation>Turn accounts off…</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>Screen lock</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Lock the window after</source>
        <translation>Lock the window after</translation>
    </message>
    <message>
        <source>without use</source>
        <translation>without use</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s user name.</source>
        <translation>Enter the administrator&apos;s user name.</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s name.</source>
        <translation>Enter the administrator&apos;s name.</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>The two entries differ.</translation>
    </message>
    <message>
        <source>Accounts were not turned on: correct the field marked in red.</source>
        <translation>Accounts were not turned on: correct the field marked in red.</translation>
    </message>
    <message>
        <source>Accounts were not turned on. %1</source>
        <translation>Accounts were not turned on. %1</translation>
    </message>
    <message>
        <source>Accounts are on. You are logged in as %1; from now on everyone logs in.</source>
        <translation>Accounts are on. You are logged in as %1; from now on everyone logs in.</translation>
    </message>
    <message>
        <source>Turn accounts off</source>
        <translation>Turn accounts off</translation>
    </message>
    <message>
        <source>Back to single-user mode: Jiandu will no longer ask for a login and everyone will have every right. The accounts are kept. Turn accounts off?</source>
        <translation>Back to single-user mode: Jiandu will no longer ask for a login and everyone will have every right. The accounts are kept. Turn accounts off?</translation>
    </message>
    <message>
        <source>Accounts were not turned off. %1</source>
        <translation>Accounts were not turned off. %1</translation>
    </message>
    <message>
        <source>Accounts are off: Jiandu runs in single-user mode.</source>
        <translation>Accounts are off: Jiandu runs in single-user mode.</translation>
    </message>
    <message>
        <source>The account was created.</source>
        <translation>The account was created.</translation>
    </message>
    <message>
        <source>The account was saved.</source>
        <translation>The account was saved.</translation>
    </message>
    <message>
        <source>The password was reset.</source>
        <translation>The password was reset.</translation>
    </message>
    <message>
        <source>The account was not unlocked. %1</source>
        <translation>The account was not unlocked. %1</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 can log in again.</translation>
    </message>
    <message>
        <source>The screen lock was not saved. %1</source>
        <translation>The screen lock was not saved. %1</translation>
    </message>
    <message>
        <source>The window locks after %1 minutes without use.</source>
        <translation>The window locks after %1 minutes without use.</translation>
    </message>
</context>
<context>
    <name>LedgerDocument</name>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Printing was cancelled.</translation>
    </message>
    <message>
        <source>The ledger could not be printed: the output could not be opened.</source>
        <translation>The ledger could not be printed: the output could not be opened.</translation>
    </message>
    <message>
        <source>The ledger could not be printed completely.</source>
        <translation>The ledger could not be printed completely.</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>The file cannot be written: %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Jiandu</source>
        <translation>Jiandu</translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation>The database cannot be opened.</translation>
    </message>
    <message>
        <source>Preparing a demonstration county for the first start…</source>
        <translation>Preparing a demonstration county for the first start…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>The demonstration data could not be created: %1</source>
        <translation>The demonstration data could not be created: %1</translation>
    </message>
    <message>
        <source>Administrative law-enforcement supervision ledger</source>
        <translation>Administrative law-enforcement supervision ledger</translation>
    </message>
    <message>
        <source>Open the database at PATH.</source>
        <translation>Open the database at PATH.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Jiandu could not be restarted on %1.</source>
        <translation>Jiandu could not be restarted on %1.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>The database failed its check.</source>
        <translation>The database failed its check.</translation>
    </message>
    <message>
        <source>Backups that failed their check:</source>
        <translation>Backups that failed their check:</translation>
    </message>
    <message>
        <source>No backup that passes its check was found. The file is left as it is; quit and ask for help, or restore a backup with jiandu-cli restore.</source>
        <translation>No backup that passes its check was found. The file is left as it is; quit and ask for help, or restore a backup with jiandu-cli restore.</translation>
    </message>
    <message>
        <source>The file is kept as it is. The newest good backup is %1 (made %2, %3 audit records, audit head %4). Restore it? The damaged file is kept aside, never deleted.</source>
        <translation>The file is kept as it is. The newest good backup is %1 (made %2, %3 audit records, audit head %4). Restore it? The damaged file is kept aside, never deleted.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restore this backup</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>The backup could not be restored: %1</translation>
    </message>
    <message>
        <source>The backup was restored. The damaged database was kept as %1.</source>
        <translation>The backup was restored. The damaged database was kept as %1.</translation>
    </message>
    <message>
        <source>The database was restored from %1. The previous database was kept as %2.</source>
        <translation>The database was restored from %1. The previous database was kept as %2.</translation>
    </message>
    <message>
        <source>Automatic backup failed</source>
        <translation>Automatic backup failed</translation>
    </message>
    <message>
        <source>The automatic backup failed; the earlier backups are unchanged.

%1</source>
        <translation>The automatic backup failed; the earlier backups are unchanged.

%1</translation>
    </message>
    <message>
        <source>The backup on exit failed; the earlier backups are unchanged.

%1</source>
        <translation>The backup on exit failed; the earlier backups are unchanged.

%1</translation>
    </message>
</context>
<context>
    <name>OfficerRepository</name>
    <message>
        <source>The name is required.</source>
        <translation>The name is required.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Identity-card number</source>
        <translation>Identity-card number</translation>
    </message>
    <message>
        <source>Choose the enforcement body.</source>
        <translation>Choose the enforcement body.</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>The officer no longer exists.</source>
        <translation>The officer no longer exists.</translation>
    </message>
    <message>
        <source>Another officer already has the identity-card number %1.</source>
        <translation>Another officer already has the identity-card number %1.</translation>
    </message>
    <message>
        <source>The enforcement body does not exist.</source>
        <translation>The enforcement body does not exist.</translation>
    </message>
    <message>
        <source>The certificate number is required.</source>
        <translation>The certificate number is required.</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>The expiry date is before the issue date.</source>
        <translation>The expiry date is before the issue date.</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>The certificate number %1 is already held by another officer.</source>
        <translation>The certificate number %1 is already held by another officer.</translation>
    </message>
    <message>
        <source>The certificate no longer exists.</source>
        <translation>The certificate no longer exists.</translation>
    </message>
</context>
<context>
    <name>OfficialDocument</name>
    <message>
        <source>The document could not be printed: the output could not be opened.</source>
        <translation>The document could not be printed: the output could not be opened.</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>The file cannot be written: %1</translation>
    </message>
    <message>
        <source>The document could not be printed completely.</source>
        <translation>The document could not be printed completely.</translation>
    </message>
</context>
<context>
    <name>Password</name>
    <message>
        <source>The password could not be hashed (out of memory).</source>
        <translation>The password could not be hashed (out of memory).</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>at least %1 characters</translation>
    </message>
    <message>
        <source>at least %1 of these kinds of characters: upper-case letters, lower-case letters, digits, other characters</source>
        <translation>at least %1 of these kinds of characters: upper-case letters, lower-case letters, digits, other characters</translation>
    </message>
    <message>
        <source>The password needs %1.</source>
        <translation>The password needs %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
</context>
<context>
    <name>PermissionGate</name>
    <message>
        <source>Your account works in this agency only.</source>
        <translation>Your account works in this agency only.</translation>
    </message>
</context>
<context>
    <name>ReportRepository</name>
    <message>
        <source>(missing)</source>
        <translation>(missing)</translation>
    </message>
    <message>
        <source>The report&apos;s JSON cannot be read: %1.</source>
        <translation>The report&apos;s JSON cannot be read: %1.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>not an object</translation>
    </message>
    <message>
        <source>finalised</source>
        <translation>finalised</translation>
    </message>
    <message>
        <source>recomputed</source>
        <translation>recomputed</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>The score sheet needs a name.</source>
        <translation>The score sheet needs a name.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The score sheet needs a version label.</source>
        <translation>The score sheet needs a version label.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>The score sheet needs the date it takes effect.</source>
        <translation>The score sheet needs the date it takes effect.</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <source>The score sheet has no items.</source>
        <translation>The score sheet has no items.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Item %1 has no title.</source>
        <translation>Item %1 has no title.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Item %1 (%2) needs maximum points above 0.</source>
        <translation>Item %1 (%2) needs maximum points above 0.</translation>
    </message>
    <message>
        <source>Maximum points</source>
        <translation>Maximum points</translation>
    </message>
    <message>
        <source>The review activity needs a name.</source>
        <translation>The review activity needs a name.</translation>
    </message>
    <message>
        <source>The year %1 is out of range.</source>
        <translation>The year %1 is out of range.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>The activity ends before it starts.</source>
        <translation>The activity ends before it starts.</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>The number of files to draw must be between 0 and 100000.</source>
        <translation>The number of files to draw must be between 0 and 100000.</translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation>Sample size</translation>
    </message>
    <message>
        <source>Choose the enforcement bodies to draw files from.</source>
        <translation>Choose the enforcement bodies to draw files from.</translation>
    </message>
    <message>
        <source>Sampled bodies</source>
        <translation>Sampled bodies</translation>
    </message>
    <message>
        <source>Choose the year to draw files from.</source>
        <translation>Choose the year to draw files from.</translation>
    </message>
    <message>
        <source>Sampled year</source>
        <translation>Sampled year</translation>
    </message>
    <message>
        <source>An outside expert needs a name.</source>
        <translation>An outside expert needs a name.</translation>
    </message>
    <message>
        <source>The file review belongs to no activity.</source>
        <translation>The file review belongs to no activity.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>The file review names no case.</source>
        <translation>The file review names no case.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>The score sheet has no item %1.</source>
        <translation>The score sheet has no item %1.</translation>
    </message>
    <message>
        <source>Item %1 is scored twice.</source>
        <translation>Item %1 is scored twice.</translation>
    </message>
    <message>
        <source>The deduction of item %1 (%2) must not be negative.</source>
        <translation>The deduction of item %1 (%2) must not be negative.</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <source>Item %1 (%2) is a veto item: it takes no deduction.</source>
        <translation>Item %1 (%2) is a veto item: it takes no deduction.</translation>
    </message>
    <message>
        <source>Item %1 (%2) is a scored item, not a veto item.</source>
        <translation>Item %1 (%2) is a scored item, not a veto item.</translation>
    </message>
    <message>
        <source>Veto</source>
        <translation>Veto</translation>
    </message>
    <message>
        <source>A problem found has no description.</source>
        <translation>A problem found has no description.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>No such review activity.</source>
        <translation>No such review activity.</translation>
    </message>
    <message>
        <source>There is no score sheet.</source>
        <translation>There is no score sheet.</translation>
    </message>
    <message>
        <source>Score sheet</source>
        <translation>Score sheet</translation>
    </message>
    <message>
        <source>A review activity of this name exists.</source>
        <translation>A review activity of this name exists.</translation>
    </message>
    <message>
        <source>No such expert.</source>
        <translation>No such expert.</translation>
    </message>
    <message>
        <source>The officer is already in the pool.</source>
        <translation>The officer is already in the pool.</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>The expert is named in a review: mark the expert inactive instead.</source>
        <translation>The expert is named in a review: mark the expert inactive instead.</translation>
    </message>
    <message>
        <source>No such file review.</source>
        <translation>No such file review.</translation>
    </message>
    <message>
        <source>No such score sheet.</source>
        <translation>No such score sheet.</translation>
    </message>
    <message>
        <source>The case already has a file review in this activity.</source>
        <translation>The case already has a file review in this activity.</translation>
    </message>
    <message>
        <source>This version has been used by file reviews and cannot be changed: save the edit under a new version label.</source>
        <translation>This version has been used by file reviews and cannot be changed: save the edit under a new version label.</translation>
    </message>
    <message>
        <source>A score sheet with this name and version exists.</source>
        <translation>A score sheet with this name and version exists.</translation>
    </message>
    <message>
        <source>The score sheet is used by a review activity.</source>
        <translation>The score sheet is used by a review activity.</translation>
    </message>
</context>
<context>
    <name>ReviewSheetDocument</name>
    <message>
        <source>No such review activity.</source>
        <translation>No such review activity.</translation>
    </message>
    <message>
        <source>No such file review.</source>
        <translation>No such file review.</translation>
    </message>
    <message>
        <source>There is no such score sheet.</source>
        <translation>There is no such score sheet.</translation>
    </message>
    <message>
        <source>Seed %1</source>
        <translation>Seed %1</translation>
    </message>
    <message>
        <source>%1 files of %2 from %3</source>
        <translation>%1 files of %2 from %3</translation>
    </message>
    <message>
        <source>Review activity</source>
        <translation>Review activity</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Enforcement body</source>
        <translation>Enforcement body</translation>
    </message>
    <message>
        <source>Cause of action</source>
        <translation>Cause of action</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Reviewers</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Review date</translation>
    </message>
    <message>
        <source>Score sheet</source>
        <translation>Score sheet</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>effective %1</source>
        <translation>effective %1</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Sampling</translation>
    </message>
    <message>
        <source>Veto items (one failed item: fail, 0 points)</source>
        <translation>Veto items (one failed item: fail, 0 points)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Scored items</source>
        <translation>Scored items</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Deducted</source>
        <translation>Deducted</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>A veto item was not met: the file fails with 0 points.</source>
        <translation>A veto item was not met: the file fails with 0 points.</translation>
    </message>
    <message>
        <source>Form %1 of %2; content %3 of %4.</source>
        <translation>Form %1 of %2; content %3 of %4.</translation>
    </message>
    <message>
        <source>Form %1 points; content %2 points; a failed veto item: 0 points.</source>
        <translation>Form %1 points; content %2 points; a failed veto item: 0 points.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Case-file review score sheet</source>
        <translation>Case-file review score sheet</translation>
    </message>
    <message>
        <source>Reviewers&apos; signatures:</source>
        <translation>Reviewers&apos; signatures:</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Printed on %1</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>The file cannot be written: %1</translation>
    </message>
    <message>
        <source>The score sheet could not be printed: the output could not be opened.</source>
        <translation>The score sheet could not be printed: the output could not be opened.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>The score sheet could not be printed completely.</source>
        <translation>The score sheet could not be printed completely.</translation>
    </message>
</context>
<context>
    <name>RosterDocument</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Enforcement body</source>
        <translation>Enforcement body</translation>
    </message>
    <message>
        <source>Certificate No.</source>
        <translation>Certificate No.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Public roster of administrative enforcement officers</source>
        <translation>Public roster of administrative enforcement officers</translation>
    </message>
    <message>
        <source>Law-enforcement supervision section</source>
        <translation>Law-enforcement supervision section</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>No expiry</translation>
    </message>
    <message>
        <source>No officer holds a valid certificate in this selection.</source>
        <translation>No officer holds a valid certificate in this selection.</translation>
    </message>
    <message>
        <source>Published by: %1</source>
        <translation>Published by: %1</translation>
    </message>
    <message>
        <source>Officers with a valid certificate on %1: %2</source>
        <translation>Officers with a valid certificate on %1: %2</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Printed on %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>The roster could not be printed: the output could not be opened.</source>
        <translation>The roster could not be printed: the output could not be opened.</translation>
    </message>
    <message>
        <source>The roster could not be printed completely.</source>
        <translation>The roster could not be printed completely.</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>The file cannot be written: %1</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>Enforcement certificate expired</source>
        <translation>Enforcement certificate expired</translation>
    </message>
    <message>
        <source>Enforcement certificate expiring soon</source>
        <translation>Enforcement certificate expiring soon</translation>
    </message>
    <message>
        <source>In post without a valid certificate</source>
        <translation>In post without a valid certificate</translation>
    </message>
    <message>
        <source>Certificate held by ineligible staff</source>
        <translation>Certificate held by ineligible staff</translation>
    </message>
    <message>
        <source>Certificate not withdrawn after leaving post</source>
        <translation>Certificate not withdrawn after leaving post</translation>
    </message>
    <message>
        <source>Legal training below the yearly minimum</source>
        <translation>Legal training below the yearly minimum</translation>
    </message>
    <message>
        <source>No law-update training this year</source>
        <translation>No law-update training this year</translation>
    </message>
    <message>
        <source>Rated incompetent two years running</source>
        <translation>Rated incompetent two years running</translation>
    </message>
    <message>
        <source>Too few legal reviewers</source>
        <translation>Too few legal reviewers</translation>
    </message>
    <message>
        <source>%1&apos;s enforcement certificate expired on %2.</source>
        <translation>%1&apos;s enforcement certificate expired on %2.</translation>
    </message>
    <message>
        <source>%1&apos;s enforcement certificate expires on %2 and no renewal is recorded.</source>
        <translation>%1&apos;s enforcement certificate expires on %2 and no renewal is recorded.</translation>
    </message>
    <message>
        <source>%1 is in post but holds no enforcement certificate.</source>
        <translation>%1 is in post but holds no enforcement certificate.</translation>
    </message>
    <message>
        <source>%1 is in post but their enforcement certificate only takes effect on %2.</source>
        <translation>%1 is in post but their enforcement certificate only takes effect on %2.</translation>
    </message>
    <message>
        <source>%1 is in post but holds no valid enforcement certificate.</source>
        <translation>%1 is in post but holds no valid enforcement certificate.</translation>
    </message>
    <message>
        <source>%1 holds enforcement certificate %2 but, as %3, may not hold one.</source>
        <translation>%1 holds enforcement certificate %2 but, as %3, may not hold one.</translation>
    </message>
    <message>
        <source>%1 (%2) still holds enforcement certificate %3 in status valid.</source>
        <translation>%1 (%2) still holds enforcement certificate %3 in status valid.</translation>
    </message>
    <message>
        <source>%1 has %2 class hours of legal training in %3; %4 are required.</source>
        <translation>%1 has %2 class hours of legal training in %3; %4 are required.</translation>
    </message>
    <message>
        <source>%1 has no law-update training in %2.</source>
        <translation>%1 has no law-update training in %2.</translation>
    </message>
    <message>
        <source>%1 was rated incompetent in %2 and %3 but is still in post.</source>
        <translation>%1 was rated incompetent in %2 and %3 but is still in post.</translation>
    </message>
    <message>
        <source>%1 was rated incompetent in %2 and %3 but still holds a valid enforcement certificate.</source>
        <translation>%1 was rated incompetent in %2 and %3 but still holds a valid enforcement certificate.</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>[%1] %2: %3 (%4)</source>
        <translation>[%1] %2: %3 (%4)</translation>
    </message>
    <message>
        <source>%1: %2 legal reviewer(s) for %3 officer(s) in post; at least %4 required.</source>
        <translation>%1: %2 legal reviewer(s) for %3 officer(s) in post; at least %4 required.</translation>
    </message>
    <message>
        <source>Major decision without legal review</source>
        <translation>Major decision without legal review</translation>
    </message>
    <message>
        <source>Case %1: the major decision of %2 was made without a legal review approving it by that date.</source>
        <translation>Case %1: the major decision of %2 was made without a legal review approving it by that date.</translation>
    </message>
    <message>
        <source>Case open past its handling period</source>
        <translation>Case open past its handling period</translation>
    </message>
    <message>
        <source>Case %1 is still open after its handling period ended on %2.</source>
        <translation>Case %1 is still open after its handling period ended on %2.</translation>
    </message>
    <message>
        <source>Officer without a valid certificate on a case</source>
        <translation>Officer without a valid certificate on a case</translation>
    </message>
    <message>
        <source>%1, named on case %2, held no valid enforcement certificate on %3.</source>
        <translation>%1, named on case %2, held no valid enforcement certificate on %3.</translation>
    </message>
    <message>
        <source>Fewer than two officers on a case</source>
        <translation>Fewer than two officers on a case</translation>
    </message>
    <message numerus="yes">
        <source>Case %1 names %n officer(s); at least two are required.</source>
        <translation>
            <numerusform>Case %1 names %n officer; at least two are required.</numerusform>
            <numerusform>Case %1 names %n officers; at least two are required.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision not published in time</source>
        <translation>Decision not published in time</translation>
    </message>
    <message>
        <source>Case %1 was published on %2, after its publicity deadline of %3.</source>
        <translation>Case %1 was published on %2, after its publicity deadline of %3.</translation>
    </message>
    <message>
        <source>Case %1 has not been published; its publicity deadline was %2.</source>
        <translation>Case %1 has not been published; its publicity deadline was %2.</translation>
    </message>
    <message>
        <source>Publicity deadline approaching</source>
        <translation>Publicity deadline approaching</translation>
    </message>
    <message>
        <source>Case %1 must be published by %2.</source>
        <translation>Case %1 must be published by %2.</translation>
    </message>
    <message>
        <source>Working-day calendar missing a year</source>
        <translation>Working-day calendar missing a year</translation>
    </message>
    <message numerus="yes">
        <source>The working-day calendar has no data for %1: the publicity deadlines of %n case(s) could not be checked. Enter that year&apos;s State Council holiday schedule in Settings.</source>
        <translation>
            <numerusform>The working-day calendar has no data for %1: the publicity deadlines of %n case could not be checked. Enter that year&apos;s State Council holiday schedule in Settings.</numerusform>
            <numerusform>The working-day calendar has no data for %1: the publicity deadlines of %n cases could not be checked. Enter that year&apos;s State Council holiday schedule in Settings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rectification task past its deadline</source>
        <translation>Rectification task past its deadline</translation>
    </message>
    <message>
        <source>Rectification task %1 was due on %2 and is not signed off.</source>
        <translation>Rectification task %1 was due on %2 and is not signed off.</translation>
    </message>
    <message>
        <source>Rectification task due soon</source>
        <translation>Rectification task due soon</translation>
    </message>
    <message>
        <source>Rectification task %1 is due today.</source>
        <translation>Rectification task %1 is due today.</translation>
    </message>
    <message numerus="yes">
        <source>Rectification task %1 is due on %2, in %n day(s).</source>
        <translation>
            <numerusform>Rectification task %1 is due on %2, in %n day.</numerusform>
            <numerusform>Rectification task %1 is due on %2, in %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rectification task without an understood deadline</source>
        <translation>Rectification task without an understood deadline</translation>
    </message>
    <message>
        <source>The deadline of rectification task %1, &quot;%2&quot;, could not be understood: set its date by hand.</source>
        <translation>The deadline of rectification task %1, &quot;%2&quot;, could not be understood: set its date by hand.</translation>
    </message>
    <message>
        <source>No reply to a supervision document</source>
        <translation>No reply to a supervision document</translation>
    </message>
    <message>
        <source>No reply to %1 has been recorded; it was due on %2.</source>
        <translation>No reply to %1 has been recorded; it was due on %2.</translation>
    </message>
    <message>
        <source>Annual report not finalised</source>
        <translation>Annual report not finalised</translation>
    </message>
    <message>
        <source>The annual enforcement report for %1 was due on %2 and has not been finalised.</source>
        <translation>The annual enforcement report for %1 was due on %2 and has not been finalised.</translation>
    </message>
    <message>
        <source>The annual enforcement report for %1 is due on %2 and has not been finalised yet.</source>
        <translation>The annual enforcement report for %1 is due on %2 and has not been finalised yet.</translation>
    </message>
</context>
<context>
    <name>SupervisionPrint</name>
    <message>
        <source>A task attached to the document no longer exists.</source>
        <translation>A task attached to the document no longer exists.</translation>
    </message>
</context>
<context>
    <name>TaskRepository</name>
    <message>
        <source>No such rectification task.</source>
        <translation>No such rectification task.</translation>
    </message>
    <message>
        <source>A task that is %1 is closed: it cannot become %2.</source>
        <translation>A task that is %1 is closed: it cannot become %2.</translation>
    </message>
    <message>
        <source>A task cannot go from %1 to %2: the steps are not started, in progress, completed, signed off.</source>
        <translation>A task cannot go from %1 to %2: the steps are not started, in progress, completed, signed off.</translation>
    </message>
    <message>
        <source>A task sent back from %1 to %2 needs the reason.</source>
        <translation>A task sent back from %1 to %2 needs the reason.</translation>
    </message>
    <message>
        <source>A step needs its date.</source>
        <translation>A step needs its date.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>A task cannot be signed off before it was completed.</source>
        <translation>A task cannot be signed off before it was completed.</translation>
    </message>
    <message>
        <source>Sign-off date</source>
        <translation>Sign-off date</translation>
    </message>
    <message>
        <source>The deadline date is not a valid date.</source>
        <translation>The deadline date is not a valid date.</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>An extension needs the new deadline.</source>
        <translation>An extension needs the new deadline.</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>New deadline</translation>
    </message>
    <message>
        <source>An extension needs a reason.</source>
        <translation>An extension needs a reason.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>A signed-off task cannot be extended.</source>
        <translation>A signed-off task cannot be extended.</translation>
    </message>
    <message>
        <source>An extension to %1 is already waiting for a decision.</source>
        <translation>An extension to %1 is already waiting for a decision.</translation>
    </message>
    <message>
        <source>The new deadline must be after the current deadline, %1.</source>
        <translation>The new deadline must be after the current deadline, %1.</translation>
    </message>
    <message>
        <source>Refusing an extension needs a reason.</source>
        <translation>Refusing an extension needs a reason.</translation>
    </message>
    <message>
        <source>No extension of this task is waiting for a decision.</source>
        <translation>No extension of this task is waiting for a decision.</translation>
    </message>
    <message>
        <source>A progress report needs the date it was reported.</source>
        <translation>A progress report needs the date it was reported.</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <source>A progress report needs what was done.</source>
        <translation>A progress report needs what was done.</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Work done</translation>
    </message>
    <message>
        <source>The completion rate is a percentage from 0 to 100.</source>
        <translation>The completion rate is a percentage from 0 to 100.</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Completion rate</translation>
    </message>
    <message>
        <source>A task needs the supervision activity or document it comes from.</source>
        <translation>A task needs the supervision activity or document it comes from.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>A task needs its sequence number as printed in the source.</source>
        <translation>A task needs its sequence number as printed in the source.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>A task needs the problem to rectify.</source>
        <translation>A task needs the problem to rectify.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>A task needs its deadline as written, or a date.</source>
        <translation>A task needs its deadline as written, or a date.</translation>
    </message>
    <message>
        <source>A signed-off task needs the date it was signed off.</source>
        <translation>A signed-off task needs the date it was signed off.</translation>
    </message>
    <message>
        <source>Only a signed-off task has a sign-off date.</source>
        <translation>Only a signed-off task has a sign-off date.</translation>
    </message>
    <message>
        <source>Only a completed or signed-off task has a completion date.</source>
        <translation>Only a completed or signed-off task has a completion date.</translation>
    </message>
    <message>
        <source>Completion date</source>
        <translation>Completion date</translation>
    </message>
    <message>
        <source>The supervision activity of the task does not exist.</source>
        <translation>The supervision activity of the task does not exist.</translation>
    </message>
    <message>
        <source>The source already has a task with this sequence number.</source>
        <translation>The source already has a task with this sequence number.</translation>
    </message>
</context>
<context>
    <name>TrainingRepository</name>
    <message>
        <source>The training title is required.</source>
        <translation>The training title is required.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>The training date is required.</source>
        <translation>The training date is required.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Give the class hours or the duration in minutes.</source>
        <translation>Give the class hours or the duration in minutes.</translation>
    </message>
    <message>
        <source>Class hours</source>
        <translation>Class hours</translation>
    </message>
    <message>
        <source>This officer already has a training with this date and title.</source>
        <translation>This officer already has a training with this date and title.</translation>
    </message>
    <message>
        <source>The training no longer exists.</source>
        <translation>The training no longer exists.</translation>
    </message>
    <message>
        <source>The year %1 is not plausible.</source>
        <translation>The year %1 is not plausible.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>This officer already has an assessment for %1.</source>
        <translation>This officer already has an assessment for %1.</translation>
    </message>
    <message>
        <source>The assessment no longer exists.</source>
        <translation>The assessment no longer exists.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Administrative organ</source>
        <translation>Administrative organ</translation>
    </message>
    <message>
        <source>Township or street</source>
        <translation>Township or street</translation>
    </message>
    <message>
        <source>Organisation authorised by law</source>
        <translation>Organisation authorised by law</translation>
    </message>
    <message>
        <source>Entrusted organisation</source>
        <translation>Entrusted organisation</translation>
    </message>
    <message>
        <source>City level</source>
        <translation>City level</translation>
    </message>
    <message>
        <source>County level</source>
        <translation>County level</translation>
    </message>
    <message>
        <source>Township level</source>
        <translation>Township level</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Civil-service establishment</source>
        <translation>Civil-service establishment</translation>
    </message>
    <message>
        <source>Managed as civil servant</source>
        <translation>Managed as civil servant</translation>
    </message>
    <message>
        <source>Public-institution establishment</source>
        <translation>Public-institution establishment</translation>
    </message>
    <message>
        <source>Contract staff</source>
        <translation>Contract staff</translation>
    </message>
    <message>
        <source>Temporary staff</source>
        <translation>Temporary staff</translation>
    </message>
    <message>
        <source>Seconded</source>
        <translation>Seconded</translation>
    </message>
    <message>
        <source>On probation</source>
        <translation>On probation</translation>
    </message>
    <message>
        <source>In post</source>
        <translation>In post</translation>
    </message>
    <message>
        <source>Off post</source>
        <translation>Off post</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>Transferred out</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Certificate valid</source>
        <translation>Certificate valid</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Expiring soon</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>No valid certificate</source>
        <translation>No valid certificate</translation>
    </message>
    <message>
        <source>Public legal knowledge</source>
        <translation>Public legal knowledge</translation>
    </message>
    <message>
        <source>Specialist legal knowledge</source>
        <translation>Specialist legal knowledge</translation>
    </message>
    <message>
        <source>Enforcement skills</source>
        <translation>Enforcement skills</translation>
    </message>
    <message>
        <source>Law update</source>
        <translation>Law update</translation>
    </message>
    <message>
        <source>Political theory</source>
        <translation>Political theory</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <source>Competent</source>
        <translation>Competent</translation>
    </message>
    <message>
        <source>Basically competent</source>
        <translation>Basically competent</translation>
    </message>
    <message>
        <source>Incompetent</source>
        <translation>Incompetent</translation>
    </message>
    <message>
        <source>Administrative penalty</source>
        <translation>Administrative penalty</translation>
    </message>
    <message>
        <source>Administrative licence</source>
        <translation>Administrative licence</translation>
    </message>
    <message>
        <source>Administrative coercion</source>
        <translation>Administrative coercion</translation>
    </message>
    <message>
        <source>Administrative inspection</source>
        <translation>Administrative inspection</translation>
    </message>
    <message>
        <source>Expropriation or requisition</source>
        <translation>Expropriation or requisition</translation>
    </message>
    <message>
        <source>Administrative confirmation</source>
        <translation>Administrative confirmation</translation>
    </message>
    <message>
        <source>Administrative benefit</source>
        <translation>Administrative benefit</translation>
    </message>
    <message>
        <source>Administrative adjudication</source>
        <translation>Administrative adjudication</translation>
    </message>
    <message>
        <source>Other enforcement</source>
        <translation>Other enforcement</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Public criticism</source>
        <translation>Public criticism</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Confiscation of illegal income</source>
        <translation>Confiscation of illegal income</translation>
    </message>
    <message>
        <source>Confiscation of illegal property</source>
        <translation>Confiscation of illegal property</translation>
    </message>
    <message>
        <source>Suspension of a licence</source>
        <translation>Suspension of a licence</translation>
    </message>
    <message>
        <source>Lowering of qualification grade</source>
        <translation>Lowering of qualification grade</translation>
    </message>
    <message>
        <source>Restriction of business activities</source>
        <translation>Restriction of business activities</translation>
    </message>
    <message>
        <source>Order to suspend production or business</source>
        <translation>Order to suspend production or business</translation>
    </message>
    <message>
        <source>Order to close</source>
        <translation>Order to close</translation>
    </message>
    <message>
        <source>Restriction from practice</source>
        <translation>Restriction from practice</translation>
    </message>
    <message>
        <source>Revocation of a licence</source>
        <translation>Revocation of a licence</translation>
    </message>
    <message>
        <source>Administrative detention</source>
        <translation>Administrative detention</translation>
    </message>
    <message>
        <source>Other penalty</source>
        <translation>Other penalty</translation>
    </message>
    <message>
        <source>Lighter penalty</source>
        <translation>Lighter penalty</translation>
    </message>
    <message>
        <source>Ordinary penalty</source>
        <translation>Ordinary penalty</translation>
    </message>
    <message>
        <source>Heavier penalty</source>
        <translation>Heavier penalty</translation>
    </message>
    <message>
        <source>Mitigated penalty</source>
        <translation>Mitigated penalty</translation>
    </message>
    <message>
        <source>No penalty imposed</source>
        <translation>No penalty imposed</translation>
    </message>
    <message>
        <source>Licence granted</source>
        <translation>Licence granted</translation>
    </message>
    <message>
        <source>Licence refused</source>
        <translation>Licence refused</translation>
    </message>
    <message>
        <source>Application not accepted</source>
        <translation>Application not accepted</translation>
    </message>
    <message>
        <source>Licence revoked</source>
        <translation>Licence revoked</translation>
    </message>
    <message>
        <source>Sealing up</source>
        <translation>Sealing up</translation>
    </message>
    <message>
        <source>Seizure</source>
        <translation>Seizure</translation>
    </message>
    <message>
        <source>Freezing</source>
        <translation>Freezing</translation>
    </message>
    <message>
        <source>Other coercive measure</source>
        <translation>Other coercive measure</translation>
    </message>
    <message>
        <source>Additional fine or late fee</source>
        <translation>Additional fine or late fee</translation>
    </message>
    <message>
        <source>Transfer of funds</source>
        <translation>Transfer of funds</translation>
    </message>
    <message>
        <source>Auction or disposal by law</source>
        <translation>Auction or disposal by law</translation>
    </message>
    <message>
        <source>Removal of obstruction and restoration</source>
        <translation>Removal of obstruction and restoration</translation>
    </message>
    <message>
        <source>Performance by substitute</source>
        <translation>Performance by substitute</translation>
    </message>
    <message>
        <source>Other compulsory execution</source>
        <translation>Other compulsory execution</translation>
    </message>
    <message>
        <source>Application to court for execution</source>
        <translation>Application to court for execution</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>Upheld</translation>
    </message>
    <message>
        <source>Application dismissed</source>
        <translation>Application dismissed</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Confirmed illegal</source>
        <translation>Confirmed illegal</translation>
    </message>
    <message>
        <source>Ordered to perform</source>
        <translation>Ordered to perform</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>Claim dismissed</source>
        <translation>Claim dismissed</translation>
    </message>
    <message>
        <source>Suit withdrawn</source>
        <translation>Suit withdrawn</translation>
    </message>
    <message>
        <source>Natural person</source>
        <translation>Natural person</translation>
    </message>
    <message>
        <source>Legal person</source>
        <translation>Legal person</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>Other organisation</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>Filing</translation>
    </message>
    <message>
        <source>Investigation and evidence</source>
        <translation>Investigation and evidence</translation>
    </message>
    <message>
        <source>Notice of rights</source>
        <translation>Notice of rights</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <source>Legal review</source>
        <translation>Legal review</translation>
    </message>
    <message>
        <source>Collective discussion</source>
        <translation>Collective discussion</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Execution</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>Special</translation>
    </message>
    <message>
        <source>Cross review</source>
        <translation>Cross review</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Third party</translation>
    </message>
    <message>
        <source>Veto item</source>
        <translation>Veto item</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Routine supervision</source>
        <translation>Routine supervision</translation>
    </message>
    <message>
        <source>Special supervision</source>
        <translation>Special supervision</translation>
    </message>
    <message>
        <source>Resident supervision</source>
        <translation>Resident supervision</translation>
    </message>
    <message>
        <source>Case-file review</source>
        <translation>Case-file review</translation>
    </message>
    <message>
        <source>Complaint verification</source>
        <translation>Complaint verification</translation>
    </message>
    <message>
        <source>Enforcement inspection</source>
        <translation>Enforcement inspection</translation>
    </message>
    <message>
        <source>Special campaign</source>
        <translation>Special campaign</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>Serious</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Completed (to verify)</source>
        <translation>Completed (to verify)</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Signed off</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Status change</translation>
    </message>
    <message>
        <source>Extension requested</source>
        <translation>Extension requested</translation>
    </message>
    <message>
        <source>Extension approved</source>
        <translation>Extension approved</translation>
    </message>
    <message>
        <source>Extension refused</source>
        <translation>Extension refused</translation>
    </message>
    <message>
        <source>Supervision notice</source>
        <translation>Supervision notice</translation>
    </message>
    <message>
        <source>Supervision opinion</source>
        <translation>Supervision opinion</translation>
    </message>
    <message>
        <source>Supervision recommendation</source>
        <translation>Supervision recommendation</translation>
    </message>
    <message>
        <source>Supervision decision</source>
        <translation>Supervision decision</translation>
    </message>
    <message>
        <source>Rectification notice</source>
        <translation>Rectification notice</translation>
    </message>
    <message>
        <source>Supervision-and-urging letter</source>
        <translation>Supervision-and-urging letter</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Replied</translation>
    </message>
</context>
</TS>
