#pragma once

// Internal to the printed annual report: the HTML of its sections (annualreporthtml.cpp),
// read into the QTextDocument by annualreportdocument.cpp.

#include "annualreportdocument.h"

#include <QString>

namespace Jiandu::Documents::Html {

struct Fonts
{
    QString title, body, heading1, heading2, table; // families of the roles
};

// Resource names of the charts (QTextDocument::ImageResource), and their printed width and
// height in 96-dpi pixels.
inline const char *const kChartKinds = "chart:cases-by-kind";
inline const char *const kChartCompare = "chart:this-year-vs-previous";
inline const char *const kChartBodies = "chart:cases-per-body";
inline constexpr int kChartWidth = 560;
inline constexpr int kChartHeight = 300;
inline constexpr int kBodiesChartHeight = 420;

QString issuingUnit(const AnnualReport &report, const AnnualReportPrintOptions &options);
QString chineseDate(const QDate &date); // 2025年1月20日
QString reportHtml(const AnnualReport &report, const AnnualReportPrintOptions &options,
                   const Fonts &fonts);

} // namespace Jiandu::Documents::Html
