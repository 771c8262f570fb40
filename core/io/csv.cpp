#include "csv.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace Jiandu::Io::Csv {

namespace {

bool isFormulaStart(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

struct Decoded
{
    QString text;
    QString encoding;
};

Result<Decoded> decode(QByteArray bytes, const QString &requested)
{
    const QString enc = requested.trimmed().toLower().remove(u'-').remove(u'_');
    const bool hasBom = bytes.startsWith("\xEF\xBB\xBF");
    if (enc.isEmpty() || enc == u"utf8") {
        // The BOM is kept by the decoder and removed below, once: a U+FEFF after it is text.
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless
                                                      | QStringDecoder::Flag::ConvertInitialBom);
        QString text = utf8.decode(bytes);
        if (!utf8.hasError()) {
            if (!text.isEmpty() && text.front() == QChar(0xFEFF))
                text.remove(0, 1);
            return Decoded{text, QStringLiteral("UTF-8")};
        }
        if (!enc.isEmpty() || hasBom)
            return Error{Error::Code::Invalid,
                         QCoreApplication::translate("Io", "The file is not valid UTF-8 text; if it was saved by Excel on "
                            "Chinese Windows, import it with the encoding GB18030."),
                         {}};
    } else if (enc != u"gb18030" && enc != u"gbk" && enc != u"gb2312") {
        return Error{Error::Code::Usage,
                     QCoreApplication::translate("Io", "Unknown encoding \"%1\": use UTF-8 or GB18030.").arg(requested), {}};
    }
    QStringDecoder gb("GB18030");
    if (!gb.isValid())
        return Error{Error::Code::Io, QCoreApplication::translate("Io", "This build cannot decode GB18030 text."), {}};
    const QString text = gb.decode(bytes);
    if (gb.hasError())
        return Error{Error::Code::Invalid,
                     enc.isEmpty() ? QCoreApplication::translate("Io", "The file is neither UTF-8 nor GB18030 text; save it "
                                        "from the spreadsheet as CSV (UTF-8).")
                                   : QCoreApplication::translate("Io", "The file is not valid GB18030 text."),
                     {}};
    return Decoded{text, QStringLiteral("GB18030")};
}

bool isBlank(const QStringList &record)
{
    for (const QString &f : record)
        if (!f.trimmed().isEmpty())
            return false;
    return true;
}
} // namespace

Result<Table> parse(const QByteArray &bytes, const QString &encoding, int maxRows)
{
    auto decoded = decode(bytes, encoding);
    if (!decoded)
        return decoded.error();
    const QString &s = decoded->text;

    Table table;
    table.encoding = decoded->encoding;
    QStringList record;
    QString field;
    bool quoted = false;      // inside a quoted field
    bool fieldStarted = false;
    int rowNumber = 0;

    auto endRecord = [&]() {
        record.append(field);
        field.clear();
        fieldStarted = false;
        ++rowNumber;
        if (!isBlank(record)) {
            if (table.headers.isEmpty() && rowNumber == 1) {
                table.headers = record;
            } else if (table.headers.isEmpty()) {
                table.headers = record; // blank lines before the header
            } else {
                table.rows.append(record);
                table.lineNumbers.append(rowNumber);
            }
        }
        record.clear();
    };

    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = s.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && s.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && s.at(i + 1) == u'\n')
                ++i;
            endRecord();
            if (maxRows >= 0 && table.rows.size() >= maxRows)
                return table;
        } else {
            // Text after a closing quote ("a"b) is kept, as spreadsheets do.
            field.append(c);
            fieldStarted = true;
        }
    }
    if (!field.isEmpty() || !record.isEmpty() || quoted)
        endRecord();
    return table;
}

namespace {
// "'=1", "''=1": apostrophes, then a formula start. Such a cell is guarded once more when
// written, so that unguarding gives it back ("'=1" is written "''=1").
bool looksGuarded(const QString &cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == u'\'')
        ++i;
    return i > 0 && i < cell.size() && isFormulaStart(cell.at(i));
}
} // namespace

QString guardFormula(const QString &cell)
{
    if (!cell.isEmpty() && (isFormulaStart(cell.front()) || looksGuarded(cell)))
        return QLatin1Char('\'') + cell;
    return cell;
}

QString unguardFormula(const QString &cell)
{
    if (looksGuarded(cell))
        return cell.mid(1);
    return cell;
}

namespace {
QString quoteField(const QString &value)
{
    const QString v = guardFormula(value);
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')) {
        QString q = v;
        q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    }
    return v;
}

void appendRecord(QString &out, const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(u',');
        out.append(quoteField(fields.at(i)));
    }
    out.append(QStringLiteral("\r\n"));
}
} // namespace

QByteArray write(const QStringList &headers, const QList<QStringList> &rows)
{
    QString out;
    appendRecord(out, headers);
    for (const QStringList &row : rows)
        appendRecord(out, row);
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace Jiandu::Io::Csv
