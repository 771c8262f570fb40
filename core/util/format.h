#pragma once

// Formatting of dates, hours and money for people, in the current UI language.

#include <QDate>
#include <QString>

namespace Jiandu::Format {

// "2025年1月31日" in Chinese, "31 January 2025" in English (the default QLocale decides).
QString longDate(const QDate &date);
// "2025-01-31"
QString isoDate(const QDate &date);
// Class hours with at most two decimals and no trailing zeros: "60", "12.5", "0.67".
QString hours(double hours);
// Yuan with two decimals from fen: 1250050 -> "12500.50".
QString yuan(qint64 fen);

} // namespace Jiandu::Format
