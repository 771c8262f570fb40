#pragma once

// Writes an exported table to .csv, .xlsx or .json, atomically (a temporary file renamed
// over the target), so a failed export never leaves a partial file.

#include "util/result.h"

#include <QList>
#include <QStringList>
#include <QVariant>

namespace Jiandu::Io {

// Cells are QVariant: QString, bool (是/否 in files, true/false in JSON), int/double
// (numbers), QDate (YYYY-MM-DD text everywhere, so it re-imports exactly), or null (empty).
struct ExportTable
{
    QString sheetName;
    QStringList headers;   // canonical Chinese headers of the file columns
    QStringList keys;      // English keys: file columns, then JSON-only computed fields
    QList<QVariantList> rows;
};

// The file type follows the suffix (.csv, .xlsx, .json); any other is a Usage error.
VoidResult writeTableFile(const QString &path, const ExportTable &table);

// The text of a cell in CSV and XLSX.
QString cellText(const QVariant &cell);

} // namespace Jiandu::Io
