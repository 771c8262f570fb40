#pragma once

// Parsing of the cell values users type in spreadsheets (spec/import-templates.md).

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace Jiandu::Parse {

// 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日 (also 20240305). Invalid QDate otherwise.
QDate date(const QString &text);

// 是/否, Y/N, 1/0, true/false (any case); empty means no. nullopt when unrecognised.
std::optional<bool> yesNo(const QString &text);

// Yuan with up to two decimals and thousands separators -> fen. nullopt when malformed.
std::optional<qint64> moneyFen(const QString &text);

// A non-negative decimal number such as class hours ("2", "1.5"). nullopt when malformed.
std::optional<double> decimal(const QString &text);

// Several values in one cell, separated by 、 ; ； , ，
QStringList list(const QString &text);

// Full-width ASCII to half-width, trimmed, inner spaces collapsed: used to match headers.
QString normaliseHeader(const QString &text);

// "2024-03-05"; empty for an invalid date.
QString isoDate(const QDate &date);

} // namespace Jiandu::Parse
