#pragma once

// A small XLSX reader (Office Open XML spreadsheet) over minizip and QXmlStreamReader:
// enough for the ledgers offices keep in Excel or WPS. Reads cell values only: shared and
// inline strings (rich text runs joined), numbers, booleans, and dates (serial numbers in
// a cell with a date format become "YYYY-MM-DD"). Formulas give their cached value.

#include "importer.h"

namespace Jiandu::Io::Xlsx {

// Reads the sheet named `sheet` (empty: the first). Row numbers are the sheet's own
// (header = the first non-empty row); gaps in cell references become empty cells.
// A missing, corrupt or non-XLSX file gives an Error, never a crash.
Result<Table> read(const QString &path, const QString &sheet = {}, int maxRows = -1);
// The same from the bytes of a workbook held in memory; `name` stands for the file in errors.
Result<Table> readData(const QByteArray &data, const QString &name, const QString &sheet = {},
                       int maxRows = -1);

// Excel's 1900 date system (with its phantom 1900-02-29), or 1904 when `date1904`; invalid
// for serials below 1 and for dates after 9999-12-31.
QDate fromSerial(double serial, bool date1904 = false);

} // namespace Jiandu::Io::Xlsx
