#pragma once

// The rectification ledger (整改台账), DESIGN.md "Documents and printing": landscape A4,
// columns 序号 / 存在问题 / 整改措施 / 牵头单位 / 责任单位 / 整改时限 / 进展情况 / 完成情况 / 备注;
// long text wraps and is never cut, the header row repeats on every page, a row is not split
// across pages unless it is taller than a page; title, issuing unit, print date and
// "第 N 页 共 M 页". Needs a QGuiApplication (fonts).

#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPrinter;

namespace Jiandu::Documents {

struct LedgerRow
{
    QString seq;
    QString problem;
    QString measures;
    QString leadUnit;
    QString responsibleUnits;
    QString deadline;   // as written
    QString progress;
    QString completion; // e.g. 已销号（2025年3月1日）, 整改中 60%
    QString remark;
};

struct LedgerData
{
    QString title;       // default: 整改台账
    QString issuingUnit; // printed under the title
    QDate printDate;
    QString subtitle;    // e.g. the activity and filters; may be empty
    QList<LedgerRow> rows;
};

// Called after each row is laid out and each page painted; return false to cancel (the
// functions then return Error::Code::Usage "cancelled" and write nothing). `total` is twice
// the number of rows: `done` runs to the row count while laying out, then on to `total` as
// the pages are painted (rows painted so far), so one progress bar covers both passes.
using Progress = std::function<bool(int done, int total)>;

// Sets landscape A4 on `device`, lays out and paints the ledger. Returns the number of pages.
Result<int> paintLedger(const LedgerData &data, QPagedPaintDevice &device, const Progress &progress = {});
// Writes a PDF file atomically (a failed or cancelled write leaves no file). Returns pages.
Result<int> writeLedgerPdf(const LedgerData &data, const QString &pdfPath, const Progress &progress = {});
// For the GUI's print preview and printer.
Result<int> printLedger(const LedgerData &data, QPrinter &printer, const Progress &progress = {});

} // namespace Jiandu::Documents
