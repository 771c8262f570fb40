#pragma once

// The case-file review score sheet (案卷评查评分表): A4 portrait; the activity, case, body,
// 案由, reviewers, date, the sheet and its version and the sampling seed; the veto items
// (passed 是/否), the scored items (section, item, max points, deduction, score, reason),
// the total and grade, the problems found. Long text wraps onto more lines and pages, never
// cut; table headers repeat on every page; "第 N 页 共 M 页" at the foot.
// A blank sheet (no review: empty boxes to fill in by hand) prints too.
// Needs a QGuiApplication (fonts).

#include "util/result.h"

#include <QDate>
#include <QString>

#include <optional>

class QPagedPaintDevice;
class QPrinter;

namespace Jiandu {
class Database;
}

namespace Jiandu::Documents {

struct ReviewSheetOptions
{
    // A file review: printed with its sheet version, case, activity and scores.
    std::optional<qint64> reviewId;
    // Without a review: the blank sheet of this version (0: the version in effect on
    // printDate), headed with this activity if given (its name, sheet and seed).
    qint64 sheetId = 0;
    std::optional<qint64> activityId;
    QDate printDate; // default today
};

// Sets portrait A4 with the sheet's margins on `device` and paints. Returns the page count.
Result<int> paintReviewSheet(Database &db, const ReviewSheetOptions &options,
                             QPagedPaintDevice &device);

// Writes a PDF file (atomically: a failed write leaves no partial file). Returns pages.
Result<int> writeReviewSheetPdf(Database &db, const ReviewSheetOptions &options,
                                const QString &pdfPath);

// For the GUI's print preview and printer.
Result<int> printReviewSheet(Database &db, const ReviewSheetOptions &options, QPrinter &printer);

} // namespace Jiandu::Documents
