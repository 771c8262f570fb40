// Fuzz target: the CSV reader (Io::Csv::parse) and, on what it reads, the writer.
// Input: one byte choosing the encoding and the row limit, then the file's bytes.
// Checks: every data row has its row number, row numbers rise, no blank row is returned, the
// row limit holds; and a table written with Csv::write reads back the same (cells through
// unguardFormula, as every importer reads them).

#include "fuzzsupport.h"

#include "io/csv.h"

using namespace Jiandu::Io;
using namespace Qt::StringLiterals;

namespace {

bool blank(const QStringList &row)
{
    for (const QString &c : row)
        if (!c.trimmed().isEmpty())
            return false;
    return true;
}

void checkShape(const Table &t, int maxRows)
{
    FUZZ_CHECK(t.rows.size() == t.lineNumbers.size());
    FUZZ_CHECK(t.encoding == u"UTF-8" || t.encoding == u"GB18030");
    if (maxRows >= 0)
        FUZZ_CHECK(t.rows.size() <= maxRows);
    if (!t.rows.isEmpty())
        FUZZ_CHECK(!blank(t.headers));
    int previous = 1;
    for (qsizetype i = 0; i < t.rows.size(); ++i) {
        FUZZ_CHECK_MSG(t.lineNumbers.at(i) > previous, QString::number(t.lineNumbers.at(i)));
        previous = t.lineNumbers.at(i);
        FUZZ_CHECK(!blank(t.rows.at(i)));
    }
}

QString show(const QStringList &cells)
{
    QStringList quoted;
    for (const QString &c : cells) {
        QString hex;
        for (QChar ch : c)
            hex += ch.unicode() < 0x20 || ch.unicode() > 0x7e
                       ? u"\\u%1"_s.arg(ch.unicode(), 4, 16, QLatin1Char('0'))
                       : QString(ch);
        quoted << u"\""_s + hex + u"\""_s;
    }
    return quoted.join(u", "_s);
}

void checkRoundTrip(const Table &t)
{
    if (t.headers.isEmpty())
        return;
    const QByteArray written = Csv::write(t.headers, t.rows);
    const auto again = Csv::parse(written, {});
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again->encoding == u"UTF-8");
    FUZZ_CHECK_MSG(again->headers.size() == t.headers.size(), show(again->headers));
    for (qsizetype i = 0; i < t.headers.size(); ++i)
        FUZZ_CHECK_MSG(Csv::unguardFormula(again->headers.at(i)) == t.headers.at(i),
                       show({again->headers.at(i), t.headers.at(i)}));
    FUZZ_CHECK(again->rows.size() == t.rows.size());
    for (qsizetype r = 0; r < t.rows.size(); ++r) {
        const QStringList &in = t.rows.at(r);
        const QStringList &out = again->rows.at(r);
        FUZZ_CHECK_MSG(out.size() == in.size(), show(out) + u" / "_s + show(in));
        for (qsizetype c = 0; c < in.size(); ++c)
            FUZZ_CHECK_MSG(Csv::unguardFormula(out.at(c)) == in.at(c),
                           show({out.at(c), in.at(c)}));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::Input in(data, size);
    const uint8_t mode = in.byte();
    static const QString encodings[] = {QString(), u"utf-8"_s, u"GB18030"_s, u"gbk"_s,
                                        u" UTF_8 "_s, u"gb2312"_s, u"latin1"_s, QString()};
    const QString &encoding = encodings[mode & 7];
    const int maxRows = (mode & 0x80) ? (mode >> 3 & 0x0f) : -1;
    const QByteArray bytes = in.rest();

    const auto table = Csv::parse(bytes, encoding, maxRows);
    if (!table) {
        FUZZ_CHECK(!table.error().message.isEmpty());
        return 0;
    }
    checkShape(*table, maxRows);
    // A guarded cell reads back as it was (io/README.md: "guarded cells round-trip").
    for (const QStringList &row : table->rows)
        for (const QString &cell : row)
            FUZZ_CHECK_MSG(Csv::unguardFormula(Csv::guardFormula(cell)) == cell, show({cell}));
    if (maxRows < 0)
        checkRoundTrip(*table);
    return 0;
}
