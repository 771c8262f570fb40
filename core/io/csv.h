#pragma once

// CSV as spreadsheets write it (RFC 4180 with the quirks of Excel and WPS): the reader
// detects UTF-8 / GB18030, the writer produces what Excel on Chinese Windows opens.

#include "importer.h"

#include <QByteArray>

namespace Jiandu::Io::Csv {

// Decodes `bytes` (encoding empty: UTF-8 with or without BOM when valid, else GB18030;
// "utf-8", "gb18030", "gbk", "gb2312" force one) and splits records. Row numbers count
// records as a spreadsheet shows them (header = 1), so a quoted field spanning lines is
// still one row. Blank records are skipped (their numbers are not reused).
Result<Table> parse(const QByteArray &bytes, const QString &encoding, int maxRows = -1);

// UTF-8 with BOM, CRLF line ends, fields quoted when they hold , " CR or LF, and cells
// that a spreadsheet would run as a formula guarded with a leading apostrophe.
QByteArray write(const QStringList &headers, const QList<QStringList> &rows);

// "=1+2" -> "'=1+2": cells starting with = + - @ TAB or CR, and cells that would read as
// guarded ones ("'=1+2" -> "''=1+2"), so that unguardFormula(guardFormula(x)) == x always.
QString guardFormula(const QString &cell);
// The reverse, applied by every reader: "'=1+2" -> "=1+2", "''=1" -> "'=1" (other
// apostrophes stay).
QString unguardFormula(const QString &cell);

} // namespace Jiandu::Io::Csv
