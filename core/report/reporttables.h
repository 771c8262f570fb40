#pragma once

// The five published tables of spec/annual-report.md ("The published tables") as plain
// cells, built from the one AnnualReport: the CSV and XLSX files write them, and the printed
// report can lay out the same rows.

#include "annualreport.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Jiandu::Report {

struct Cell
{
    enum class Kind
    {
        Text,
        Count,
        Money,
        Rate
    };
    Kind kind = Kind::Text;
    QString text;      // Text
    qint64 number = 0; // Count; Money in fen
    Rate rate;         // Rate
    static Cell label(const QString &s) { return {Kind::Text, s, 0, {}}; }
    static Cell count(qint64 n) { return {Kind::Count, {}, n, {}}; }
    static Cell money(qint64 fen) { return {Kind::Money, {}, fen, {}}; }
    static Cell ratio(const Rate &r) { return {Kind::Rate, {}, 0, r}; }
    // As written in CSV: "12", "12500.00", "95.24%", "—" for a rate without denominator.
    [[nodiscard]] QString toText() const;
};

struct ReportTable
{
    QString title; // e.g. 行政处罚实施情况统计表; also the XLSX sheet name
    QStringList headers;
    QList<QList<Cell>> rows;
};

// Tables 1–4: one row per item with columns 项目, Y年, Y−1年, 增减 (the change). Table 5:
// 执法主体, 在岗人数, 持证人数, 持证率 per body (year Y) and 合计.
QList<ReportTable> publishedTables(const AnnualReport &report);

// UTF-8 with BOM, CRLF: each table as its title line, its header row and its rows, one blank
// line between tables. Written atomically.
VoidResult writeCsv(const QString &path, const AnnualReport &report);
// One sheet per table: title (bold), headers, rows; counts and money as numbers (money
// formatted 0.00 yuan), rates as percentages, "—" for a rate without denominator.
VoidResult writeXlsx(const QString &path, const AnnualReport &report);

} // namespace Jiandu::Report
