#pragma once

// Import and export of the tables of spec/import-templates.md (CSV and XLSX).
// This header is the contract the CLI and the GUI use; see io/README.md.

#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Jiandu {
class Database;
}

namespace Jiandu::Io {

enum class Kind { Agencies, Officers, Trainings, Assessments, Cases, Findings, Tasks };

// Every kind, in menu order.
QList<Kind> allKinds();

// "agencies", "officers", "trainings", "assessments", "cases", "findings", "tasks" (the CLI's KIND).
QString kindName(Kind kind);
std::optional<Kind> kindFromName(const QString &name);
// Translated, for the GUI ("执法人员").
QString kindLabel(Kind kind);

// One problem in an imported file. toString(): "FILE:LINE: COLUMN: message".
struct Problem
{
    enum class Severity { Error, Warning, Note };
    QString file;
    int line = 0;       // spreadsheet row number, header = 1; 0 for the whole file
    QString column;     // header as written in the file; empty for the whole row/file
    QString message;
    Severity severity = Severity::Error;
    [[nodiscard]] QString toString() const;
};

// A table read from CSV or XLSX: the header row and the data rows, with the spreadsheet
// row number of each (quoted newlines make CSV lines and rows differ).
struct Table
{
    QStringList headers;
    QList<QStringList> rows;
    QList<int> lineNumbers;
    QString encoding;   // CSV: "UTF-8" or "GB18030" as detected or given
};

struct ReadOptions
{
    QString encoding;   // empty: detect (UTF-8 with/without BOM, else GB18030)
    QString sheet;      // XLSX: empty means the first sheet
    int maxRows = -1;   // stop after this many data rows (previews)
};

// Reads .csv or .xlsx (by suffix). Errors name the file (and sheet).
Result<Table> readTable(const QString &path, const ReadOptions &options = {});

struct ImportOptions
{
    ReadOptions read;
    bool dryRun = false;
    // Tasks: the date of the source document when the file has no 来源日期 (the year that
    // deadlines written without one belong to; `--source-date`).
    QDate sourceDate;
    // Called now and then from the importing thread; return false to cancel (nothing is
    // written then).
    std::function<bool(int done, int total)> progress;
};

struct ImportReport
{
    int rows = 0;
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    QList<Problem> problems;  // errors, warnings (unknown columns...) and notes
    bool cancelled = false;
    bool committed = false;   // false on errors, dry run or cancel: nothing was written
    bool unreadable = false;  // the file itself could not be read (missing, corrupt, not CSV/XLSX)

    [[nodiscard]] int errorCount() const;
    [[nodiscard]] bool hasErrors() const { return errorCount() > 0; }
};

// Validates every row, reports every problem at once, and writes all rows in one
// transaction only when there is no error. Rows are matched on their natural key and
// updated, so importing a file twice changes nothing the second time.
// May run on a worker thread (the Database gives each thread its own connection).
ImportReport importFile(Database &db, Kind kind, const QString &path, const ImportOptions &options = {});

struct ExportOptions
{
    bool unmasked = false;     // identity-card and phone numbers in full (right role only)
    QDate asOf;                // for computed fields (cert_state); default today
    int expiringDays = 30;
    QList<qint64> agencyIds;   // empty: all
    QList<qint64> activityIds; // tasks and findings: these supervision activities; empty: all
};

// Writes the table in the import layout. The file type follows the suffix: .csv (UTF-8
// with BOM, so Excel opens it), .xlsx, or .json (array of objects keyed by the English
// keys plus computed fields, spec/cli.md). Returns the number of rows written. Never
// leaves a partial file behind.
Result<int> exportFile(Database &db, Kind kind, const QString &path, const ExportOptions &options = {});

} // namespace Jiandu::Io
