<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AgencyRepository</name>
        <message>
            <source>The name is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An agency cannot be its own parent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another agency already has this name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No such agency.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The agency still has officers and cannot be deleted.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BulkWriter</name>
        <message>
            <source>An officer needs a name and an agency.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>init takes no arguments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created %1 (schema %2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Upgraded %1 to schema %2; the previous file was backed up to %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is up to date (schema %2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create a new database, or upgrade an existing one (backing it up first).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evaluate every warning rule (预警) and print the warnings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill a new database with a realistic, deterministic demo dataset (--scale N: N counties).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export agencies, officers, trainings or assessments to .csv, .xlsx or .json in the import layout.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n error(s); nothing was imported.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Import a CSV or XLSX file of agencies, officers, trainings or assessments (all or nothing).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Wrote %1 (%n page(s)).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Print a document to PDF (now: the public roster of officers).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database file (default: the GUI's database).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take this date as today (YYYY-MM-DD).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The year for training, assessment and report figures.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Output format: text, json or csv.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the result to FILE (type from its suffix).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show identity-card numbers in full in JSON output.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language of printed and exported text: zh_CN or en.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Validate only; change nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encoding of a CSV file: utf-8 or gb18030 (default: detected).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sheet of an XLSX file to read (default: the first).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size of the demo dataset (1: a county).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exit with 1 when a warning of this level or higher is found: info, warning, error.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Limit to one enforcement body (its name).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The issuing unit printed on documents.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--as-of takes a date as YYYY-MM-DD, not "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--year takes a year such as 2025, not "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--format is text, json or csv, not "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>check takes no arguments, only options.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--fail-on is info, warning or error, not "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>check prints text or json, not "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 warnings (%2 errors) as of %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>demo takes no arguments; use --scale N.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--scale takes a number of counties from 1 to %1, not "%2".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Demo dataset written to %1 as of %2 in %3 s: %4 agencies, %5 officers, %6 certificates, %7 trainings, %8 assessments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usage: jiandu-cli export KIND --out FILE [--unmasked] [--as-of DATE]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown kind "%1": use agencies, officers, trainings or assessments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote %1 rows to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usage: jiandu-cli import KIND FILE [--dry-run] [--encoding E] [--sheet S]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 rows: %2 inserted, %3 updated, %4 unchanged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dry run: nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>print roster takes no further arguments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>print roster needs --out FILE.pdf.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>print writes PDF files: --out must end in .pdf, not "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no enforcement body named "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>print needs the kind of document: roster.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>print %1 is not available yet; only print roster is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown document kind "%1"; print knows: roster.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Commands:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jiandu (监督台账): the command line of the law-enforcement supervision ledger.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The command to run (see below).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown command "%1".</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>The database file does not exist. Create it with 'jiandu-cli init' or choose another file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database file is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the folder for the database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open the database: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file is not a Jiandu database (it belongs to another program).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This database was written by a newer version of Jiandu (schema %1; this version knows schema %2). Update Jiandu to work with it; the file has not been changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database failed its integrity check and has been left untouched (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No backup was found in %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The most recent backup is %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The script ends in an incomplete statement.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database was not upgraded because the backup before the upgrade failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read migration.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Migration to schema %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the backup folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup could not be written: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the copy failed its integrity check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the copy has a different schema version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the copy has a different application id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup could not be verified: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup could not be renamed into place.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>The database already holds %1 officers and %2 agencies; the demo dataset is only loaded into an empty database. Use a new file (--db).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The demo dataset was cancelled; nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scale must be between 1 and %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Fonts</name>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Body text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First-level headings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Second-level headings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tables</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 stands in for %3, which is not installed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Identity</name>
        <message>
            <source>an identity-card number has 18 characters, this one has %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>character %1 of the identity-card number must be a digit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the last character of the identity-card number must be a digit or X</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the birth date %1 in the identity-card number is not a real date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the check digit is wrong (expected %1, found %2)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Io</name>
        <message>
            <source>Cannot export to "%1": the file name must end in .csv, .xlsx or .json.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>duplicate: the same record is already on line %1 (lines %1 and %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an agency cannot be its own parent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown column, ignored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the column appears twice (also as "%1")</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the required column is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file needs a column 身份证号 or 执法证号 to identify the officer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is not valid UTF-8 text; if it was saved by Excel on Chinese Windows, import it with the encoding GB18030.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown encoding "%1": use UTF-8 or GB18030.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This build cannot decode GB18030 text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is neither UTF-8 nor GB18030 text; save it from the spreadsheet as CSV (UTF-8).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is not valid GB18030 text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a value is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a date is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a date; write it as 2024-03-05, 2024/3/5, 2024.3.5 or 2024年3月5日</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not yes or no; write 是 or 否</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>give the officer's 身份证号 or 执法证号</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a masked 身份证号 cannot identify the officer; give the 执法证号 or export with --unmasked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no officer has the identity-card number %1; import the officers first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no officer holds the certificate %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the certificate %1 belongs to another officer than the identity-card number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a value is required (one of %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not one of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>warning: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>note: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enforcement bodies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enforcement officers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Training records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Annual assessments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read "%1": the file name must end in .csv or .xlsx.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file cannot be read: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file has a header row but no data rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the number is masked (%1): a masked export cannot be imported; export with --unmasked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>certificate details are given without the 执法证号</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the expiry date is before the issue date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the certificate %1 is held by another officer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no enforcement body is named "%1"; import the agencies first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the phone number is masked: a masked export cannot be imported; export with --unmasked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a number of class hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a number of minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>give the class hours (学时) or the duration (时长(分钟))</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a year such as 2024</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file cannot be written: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the folder does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the workbook could not be created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the temporary file could not be renamed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is not a readable XLSX workbook (%1). Save it again from the spreadsheet as .xlsx, or as CSV.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workbook has no sheet named "%1"; its sheets are: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cell reference out of range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not a zip archive</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Jiandu::Ui::AgencyTreeModel</name>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No region</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Jiandu::Ui::AssessmentEditor</name>
        <message>
            <source>Edit assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Result</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Jiandu::Ui::CertificateEditor</name>
        <message>
            <source>Known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expires</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Certificate number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issued by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enforcement category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issued on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Valid until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the certificate number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The expiry date is before the issue date.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Jiandu::Ui::DashboardPage</name>
        <message>
            <source>Warnings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evaluate the warning rules again on the current data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evaluating the warning rules…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Errors: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warnings: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>as of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The warnings could not be evaluated: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No warnings: every rule is satisfied.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Jiandu::Ui::ImportCheckPage</name>
        <message>
            <source>Check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every row is validated before anything is written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking every row…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The check was cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n error(s) found. Nothing can be imported until they are corrected in the file: correct it, then go back and check it again.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>No errors in %n row(s): %1 new, %2 updated, %3 unchanged. Warnings and notes do not stop the import. Click Import to write the rows.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>Jiandu::Ui::ImportPreviewPage</name>
        <message>
            <source>Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The first rows as they were read. Check that the columns and characters look right.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file cannot be read: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encoding: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 · %2 column(s) · the first %n data row(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>Jiandu::Ui::ImportRunPage</name>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing %1 from %2…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelling… nothing will be written.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Imported %n row(s): %1 new, %2 updated, %3 unchanged.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The import was cancelled. Nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The import stopped and nothing was written:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Jiandu::Ui::ImportSourcePage</name>
        <message>
            <source>Choose the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A .csv or .xlsx file in the layout of the import templates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Detect automatically</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The first sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encoding (CSV):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sheet (XLSX):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the file to import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no file %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only .csv and .xlsx files can be imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tables (*.csv *.xlsx);;CSV (*.csv);;Excel workbooks (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Jiandu::Ui::ImportWizard</name>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row %1 · %2 · %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row %1 · %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Jiandu::Ui::MainWindow</name>
        <message>
            <source>Dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Officers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supervision and rectification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supervision documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Annual report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The ledger of administrative enforcement cases (行政执法案件台账) will be kept here: cases by agency and kind, their deadlines on working days, and the cases that need legal review before a decision. It comes with a later release.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supervision inspections and the rectification tasks they order will be tracked here, each with its deadline, the responsible agency and its progress until it is closed. It comes with a later release.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supervision documents (监督文书) such as opinions and decisions will be drafted and printed here in the official format, numbered per year. It comes with a later release.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The annual report on administrative law enforcement (年度报告) will be compiled here from the roster, the cases and the supervision records, to print or export. It comes with a later release.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jiandu — Law-enforcement supervision ledger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About Jiandu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jiandu database (*.sqlite *.db);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About Jiandu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3&gt;Jiandu %1&lt;/h3&gt;&lt;p&gt;The supervision ledger of administrative law enforcement (行政执法监督台账) for a justice bureau's supervision office.&lt;/p&gt;&lt;p&gt;Database schema %2.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Jiandu::Ui::OfficerDialog</name>
        <message>
            <source>Basic data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Certificates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trainings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(not given)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>18 characters, the last may be X</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Holds the national legal professional qualification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legal reviewer (法制审核人员)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Identity-card number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enforcement body</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Staff category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enforcement category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Post status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The officer no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Officer: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New officer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the officer's name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the enforcement body.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was saved: correct the field marked in red.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was saved. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Certificate number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issued by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issued on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Valid until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No expiry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Class hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organiser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No training recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legal training class hours per year — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every change to this officer and their certificates, oldest first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Officer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Certificate %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Jiandu::Ui::OfficerTableModel</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Identity-card number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enforcement body</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Staff category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Certificate number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Valid until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Certificate state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Training hours this year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Post status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No expiry</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Jiandu::Ui::RosterPage</name>
        <message>
            <source>The list could not be read: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search name or certificate number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All post states</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All certificate states</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Training hours short</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only officers below the yearly minimum of legal training hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Post:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Certificate:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print roster…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n officer(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source> — %1 loaded, scroll for more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete officers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete %1 with their certificates, trainings and assessments? The audit trail keeps a record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was deleted. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>officers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export officers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;JSON (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n officer(s) written to %1.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Print the public roster</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Jiandu::Ui::SettingsPage</name>
        <message>
            <source>Appearance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning thresholds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issuing unit:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Certificate expiring within:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minimum legal training per year:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minimum share of legal reviewers:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schema version:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name printed on rosters and documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> class hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Of an agency's active officers, rounded up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (read-only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The issuing unit's name is longer than %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warn about expiring certificates at least 1 day ahead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The minimum legal training must be more than 0 class hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The minimum share of legal reviewers must be more than 0 %.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The settings were not saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Jiandu::Ui::TrainingEditor</name>
        <message>
            <source>Edit training</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New training</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(not given)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. 4 or 2.5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>used when class hours are empty; 45 minutes = 1 class hour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Class hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duration (minutes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organiser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the title of the training.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Class hours must be a number such as 4 or 2.5.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The duration must be a whole number of minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the class hours or the duration in minutes.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>The last backup is %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jiandu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database cannot be opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preparing a demonstration county for the first start…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The demonstration data could not be created: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Administrative law-enforcement supervision ledger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the database at PATH.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PATH</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jiandu could not be restarted on %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OfficerRepository</name>
        <message>
            <source>The name is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Identity-card number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the enforcement body.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The officer no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another officer already has the identity-card number %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The enforcement body does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The certificate number is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Certificate number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The expiry date is before the issue date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Valid until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The certificate number %1 is already held by another officer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The certificate no longer exists.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RosterDocument</name>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Enforcement body</source>
            <translation>执法主体</translation>
        </message>
        <message>
            <source>Certificate No.</source>
            <translation>执法证号</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>执法类别</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>发证机关</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>有效期至</translation>
        </message>
        <message>
            <source>Public roster of administrative enforcement officers</source>
            <translation>行政执法人员公示名册</translation>
        </message>
        <message>
            <source>Law-enforcement supervision section</source>
            <translation>行政执法监督科</translation>
        </message>
        <message>
            <source>No expiry</source>
            <translation>长期</translation>
        </message>
        <message>
            <source>No officer holds a valid certificate in this selection.</source>
            <translation>无符合条件的执法人员</translation>
        </message>
        <message>
            <source>Published by: %1</source>
            <translation>公布单位：%1</translation>
        </message>
        <message>
            <source>Officers with a valid certificate on %1: %2</source>
            <translation>截至%1持有效执法证件人员 共 %2 人</translation>
        </message>
        <message>
            <source>Printed on %1</source>
            <translation>打印日期：%1</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>第 %1 页 共 %2 页</translation>
        </message>
        <message>
            <source>The roster could not be printed: the output could not be opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The roster could not be printed completely.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file cannot be written: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Rules</name>
        <message>
            <source>Enforcement certificate expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enforcement certificate expiring soon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In post without a valid certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Certificate held by ineligible staff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Certificate not withdrawn after leaving post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legal training below the yearly minimum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No law-update training this year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rated incompetent two years running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too few legal reviewers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1's enforcement certificate expired on %2.</source>
            <translation>%1的执法证已于%2过期</translation>
        </message>
        <message>
            <source>%1's enforcement certificate expires on %2 and no renewal is recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is in post but holds no enforcement certificate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is in post but their enforcement certificate only takes effect on %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is in post but holds no valid enforcement certificate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 holds enforcement certificate %2 but, as %3, may not hold one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2) still holds enforcement certificate %3 in status valid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has %2 class hours of legal training in %3; %4 are required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has no law-update training in %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 was rated incompetent in %2 and %3 but is still in post.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 was rated incompetent in %2 and %3 but still holds a valid enforcement certificate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has %2 legal reviewers for %3 officers in post; at least %4 are required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Info</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>[%1] %2: %3 (%4)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrainingRepository</name>
        <message>
            <source>The training title is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The training date is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the class hours or the duration in minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Class hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This officer already has a training with this date and title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The training no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The year %1 is not plausible.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This officer already has an assessment for %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The assessment no longer exists.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <source>Administrative organ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Township or street</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation authorised by law</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entrusted organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>County level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Township level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Male</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Female</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Civil-service establishment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Managed as civil servant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Public-institution establishment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contract staff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Temporary staff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seconded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On probation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Off post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transferred out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Valid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suspended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdrawn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Certificate valid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expiring soon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No valid certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Public legal knowledge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Specialist legal knowledge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enforcement skills</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Law update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Political theory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excellent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Competent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Basically competent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incompetent</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
