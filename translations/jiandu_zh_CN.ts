<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgencyRepository</name>
    <message>
        <source>The name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agency cannot be its own parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another agency already has this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency still has officers and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>init takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 (schema %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded %1 to schema %2; the previous file was backed up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is up to date (schema %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new database, or upgrade an existing one (backing it up first).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Cli</name>
    <message>
        <source>The database file (default: the GUI&apos;s database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this date as today (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year for training, assessment and report figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text, json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the result to FILE (type from its suffix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show identity-card numbers in full in JSON output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of printed and exported text: zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate only; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding of a CSV file: utf-8 or gb18030 (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet of an XLSX file to read (default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the demo dataset (1: a county).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit with 1 when a warning of this level or higher is found: info, warning, error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit to one enforcement body (its name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuing unit printed on documents.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Cli::Context</name>
    <message>
        <source>--as-of takes a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year takes a year such as 2025, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is text, json or csv, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Database</name>
    <message>
        <source>The database file does not exist. Create it with &apos;jiandu-cli init&apos; or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Jiandu database (it belongs to another program).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of Jiandu (schema %1; this version knows schema %2). Update Jiandu to work with it; the file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database failed its integrity check and has been left untouched (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most recent backup is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script ends in an incomplete statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was not upgraded because the backup before the upgrade failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration to schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy failed its integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy has a different schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy has a different application id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be renamed into place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Identity</name>
    <message>
        <source>an identity-card number has 18 characters, this one has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character %1 of the identity-card number must be a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last character of the identity-card number must be a digit or X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birth date %1 in the identity-card number is not a real date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check digit is wrong (expected %1, found %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::OfficerRepository</name>
    <message>
        <source>The name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity-card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the enforcement body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another officer already has the identity-card number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enforcement body does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate number is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date is before the issue date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate number %1 is already held by another officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::TrainingRepository</name>
    <message>
        <source>The training title is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the class hours or the duration in minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This officer already has a training with this date and title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 is not plausible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This officer already has an assessment for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Administrative organ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township or street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation authorised by law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrusted organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civil-service establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed as civil servant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public-institution establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On probation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public legal knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist legal knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforcement skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political theory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basically competent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incompetent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
