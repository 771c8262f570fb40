#pragma once

// The public roster of enforcement officers (执法人员公示名册): name, agency, certificate
// number, category, validity — never identity-card or phone numbers. Landscape A4, title,
// issuing unit, date, header row on every page, "第 N 页 共 M 页".

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
    QString title;            // default: 行政执法人员公示名册 (translated)
    QString issuingUnit;      // default: the office setting "office/name"
    QDate asOf;               // certificates valid on this day are listed; default today
    QDate printDate;          // default asOf
    QList<qint64> agencyIds;  // empty: every agency
};

// Lays out and paints the roster on any paged device (QPdfWriter, QPrinter). Returns the
// number of pages.
Result<int> paintRoster(Database &db, const RosterOptions &options, QPagedPaintDevice &device);

// Writes a PDF file (atomically: a failed write leaves no partial file). Returns pages.
Result<int> writeRosterPdf(Database &db, const RosterOptions &options, const QString &pdfPath);

// For the GUI's print preview and printer: sets up landscape A4 and paints.
Result<int> printRoster(Database &db, const RosterOptions &options, QPrinter &printer);

} // namespace Jiandu::Documents
