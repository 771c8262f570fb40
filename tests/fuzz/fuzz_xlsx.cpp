// Fuzz target: the XLSX reader (Io::Xlsx::readData, and Io::Xlsx::read on the same bytes).
// Input: one mode byte, then either
//  - (mode even) the bytes of a workbook as they are: the zip layer is fuzzed, or
//  - (mode odd) the XML of the workbook's parts separated by the byte 0x1E, in the order
//    workbook.xml, workbook.xml.rels, sharedStrings.xml, styles.xml, worksheets/sheet1.xml,
//    worksheets/sheet2.xml, which this target stores in a valid zip: the XML layer is fuzzed
//    without the fuzzer having to get deflate and CRCs right.
// Checks: no crash or hang; every row has its row number; the header is not blank, no data
// row is blank; the row limit holds; reading the same bytes from a file gives the same.

#include "fuzzsupport.h"

#include "io/xlsxreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <array>

using namespace Jiandu::Io;
using namespace Qt::StringLiterals;

namespace {

uint32_t crc32(const QByteArray &data)
{
    static const auto table = [] {
        std::array<uint32_t, 256> t{};
        for (uint32_t i = 0; i < 256; ++i) {
            uint32_t c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    uint32_t c = 0xFFFFFFFFu;
    for (char ch : data)
        c = table[(c ^ uint8_t(ch)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

void put16(QByteArray &out, uint32_t v)
{
    out.append(char(v & 0xFF)).append(char(v >> 8 & 0xFF));
}

void put32(QByteArray &out, uint32_t v)
{
    put16(out, v & 0xFFFF);
    put16(out, v >> 16);
}

// A zip of stored (uncompressed) entries.
QByteArray storedZip(const QList<std::pair<QByteArray, QByteArray>> &entries)
{
    QByteArray out, central;
    for (const auto &[name, data] : entries) {
        const uint32_t offset = uint32_t(out.size());
        const uint32_t crc = crc32(data);
        put32(out, 0x04034b50);
        put16(out, 20);
        put16(out, 0x0800); // UTF-8 names
        put16(out, 0);      // stored
        put16(out, 0);
        put16(out, 0x21); // 1980-01-01
        put32(out, crc);
        put32(out, uint32_t(data.size()));
        put32(out, uint32_t(data.size()));
        put16(out, uint32_t(name.size()));
        put16(out, 0);
        out.append(name).append(data);

        put32(central, 0x02014b50);
        put16(central, 20);
        put16(central, 20);
        put16(central, 0x0800);
        put16(central, 0);
        put16(central, 0);
        put16(central, 0x21);
        put32(central, crc);
        put32(central, uint32_t(data.size()));
        put32(central, uint32_t(data.size()));
        put16(central, uint32_t(name.size()));
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put32(central, 0);
        put32(central, offset);
        central.append(name);
    }
    const uint32_t centralOffset = uint32_t(out.size());
    out.append(central);
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, uint32_t(entries.size()));
    put16(out, uint32_t(entries.size()));
    put32(out, uint32_t(central.size()));
    put32(out, centralOffset);
    put16(out, 0);
    return out;
}

QByteArray workbookFromParts(const QByteArray &bytes)
{
    static const char *names[] = {"xl/workbook.xml",       "xl/_rels/workbook.xml.rels",
                                  "xl/sharedStrings.xml",  "xl/styles.xml",
                                  "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"};
    const QList<QByteArray> parts = bytes.split('\x1e');
    QList<std::pair<QByteArray, QByteArray>> entries;
    for (qsizetype i = 0; i < parts.size() && i < qsizetype(std::size(names)); ++i)
        entries.append({QByteArray(names[i]), parts.at(i)});
    return storedZip(entries);
}

bool blank(const QStringList &row)
{
    for (const QString &c : row)
        if (!c.trimmed().isEmpty())
            return false;
    return true;
}

void checkTable(const Table &t, int maxRows)
{
    FUZZ_CHECK(t.rows.size() == t.lineNumbers.size());
    if (maxRows >= 0)
        FUZZ_CHECK(t.rows.size() <= maxRows);
    if (!t.rows.isEmpty())
        FUZZ_CHECK(!blank(t.headers));
    for (const QStringList &row : t.rows) {
        FUZZ_CHECK(!blank(row));
        FUZZ_CHECK(row.size() <= 16384);
    }
    FUZZ_CHECK(t.headers.size() <= 16384);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::Input in(data, size);
    const uint8_t mode = in.byte();
    static const QString sheets[] = {QString(), u"Sheet1"_s, u"Sheet2"_s, u"任务"_s};
    const QString &sheet = sheets[mode >> 1 & 3];
    const int maxRows = (mode & 0x80) ? (mode >> 3 & 0x0f) : -1;
    const QByteArray workbook = (mode & 1) ? workbookFromParts(in.rest()) : in.rest();

    const auto table = Xlsx::readData(workbook, u"fuzz.xlsx"_s, sheet, maxRows);
    if (table)
        checkTable(*table, maxRows);
    else
        FUZZ_CHECK(!table.error().message.isEmpty() && table.error().context == u"fuzz.xlsx");

    // The file path reads the same bytes the same way (the memory I/O is minizip's file I/O).
    static const QString path =
        QDir::temp().filePath(u"jiandu-fuzz-xlsx-%1.xlsx"_s.arg(QCoreApplication::applicationPid()));
    QFile file(path);
    FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    FUZZ_CHECK(file.write(workbook) == workbook.size());
    file.close();
    const auto fromFile = Xlsx::read(path, sheet, maxRows);
    QFile::remove(path);
    FUZZ_CHECK(fromFile.ok() == table.ok());
    if (table) {
        FUZZ_CHECK(fromFile->headers == table->headers);
        FUZZ_CHECK(fromFile->rows == table->rows);
        FUZZ_CHECK(fromFile->lineNumbers == table->lineNumbers);
    } else {
        FUZZ_CHECK_MSG(fromFile.error().message == table.error().message,
                       fromFile.error().message + u" / "_s + table.error().message);
    }
    return 0;
}
