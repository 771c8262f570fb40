#pragma once

// The public roster of enforcement officers (执法人员公示名册): name, agency, certificate
// number, category, validity — never identity-card or phone numbers. Landscape A4, title,
// issuing unit, date, header row on every page, "第 N 页 共 M 页".
// Needs a QGuiApplication (fonts); the rows are read from the database in pages, twice
// (once to paginate, once to paint), so memory does not grow with the roster.

#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>

class QPagedPaintDevice;
class QPrinter;

namespace Jiandu {
class Database;
}

namespace Jiandu::Documents {

struct RosterOptions
{
    QString title;       // default: 行政执法人员公示名册
    QString issuingUnit; // default: the office setting "office/name", else 行政执法监督科
    QDate asOf;          // certificates valid on this day are listed; default today
    QDate printDate;     // default asOf
    QList<qint64> agencyIds; // empty: every agency
};

// Sets landscape A4 with the roster's margins on `device`, lays out and paints the roster on
// it (QPdfWriter, QPrinter). Returns the number of pages.
Result<int> paintRoster(Database &db, const RosterOptions &options, QPagedPaintDevice &device);

// Writes a PDF file (atomically: a failed write leaves no partial file). Returns pages.
Result<int> writeRosterPdf(Database &db, const RosterOptions &options, const QString &pdfPath);

// For the GUI's print preview and printer: sets up landscape A4 and paints.
Result<int> printRoster(Database &db, const RosterOptions &options, QPrinter &printer);

} // namespace Jiandu::Documents
