#pragma once

// Internal to the printed annual report: number formats of the text and the tables.

#include "report/annualreport.h"

#include <QString>

namespace Jiandu::Documents::Text {

QString count(qint64 n);       // 1,234
QString money(qint64 fen);     // 12,500.00 (yuan)
QString percent(double ratio); // 95.2%
QString rate(const Rate &r);   // 95.2%, "—" without denominator
QString signedCount(qint64 n); // +5, -3, 0
// The scope for the title: a region without "人民政府" (清河县人民政府 → 清河县).
QString regionName(const AnnualReport &report);
QString scopePhrase(const AnnualReport &report); // 全县, 全区, 本单位

} // namespace Jiandu::Documents::Text
