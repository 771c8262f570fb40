#include "xlsxreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>

namespace Jiandu::Io::Xlsx {

namespace {

// No sheet of an office ledger comes near this; a larger entry is a zip bomb or not ours.
constexpr qint64 kMaxEntryBytes = 256LL * 1024 * 1024;

struct ZipCloser
{
    void operator()(void *zf) const { unzClose(static_cast<unzFile>(zf)); }
};
using Zip = std::unique_ptr<void, ZipCloser>;

Error corrupt(const QString &path, const QString &detail)
{
    return Error{Error::Code::Invalid,
                 QCoreApplication::translate("Io", "The file is not a readable XLSX workbook (%1). Save it again from the "
                    "spreadsheet as .xlsx, or as CSV.").arg(detail),
                 path};
}

// The entry's bytes; a null QByteArray when the entry does not exist.
Result<QByteArray> entry(unzFile zf, const QString &path, const QString &name)
{
    if (unzLocateFile(zf, name.toUtf8().constData(), 1) != UNZ_OK)
        return QByteArray();
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(zf, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK
        || info.uncompressed_size > quint64(kMaxEntryBytes))
        return corrupt(path, name);
    if (unzOpenCurrentFile(zf) != UNZ_OK)
        return corrupt(path, name);
    QByteArray out;
    out.reserve(qsizetype(info.uncompressed_size));
    char buf[65536];
    int got = 0;
    while ((got = unzReadCurrentFile(zf, buf, sizeof buf)) > 0) {
        out.append(buf, got);
        if (out.size() > kMaxEntryBytes)
            break;
    }
    const int closed = unzCloseCurrentFile(zf); // checks the CRC
    if (got < 0 || closed != UNZ_OK || out.size() > kMaxEntryBytes)
        return corrupt(path, name);
    return out.isNull() ? QByteArray("") : out;
}

// minizip's file functions over a QByteArray (read only), for readData().
struct MemoryStream
{
    const QByteArray *data;
    quint64 pos = 0;
};

voidpf ZCALLBACK memoryOpen(voidpf opaque, const void *, int mode)
{
    if ((mode & ZLIB_FILEFUNC_MODE_READWRITEFILTER) != ZLIB_FILEFUNC_MODE_READ)
        return nullptr;
    return new MemoryStream{static_cast<const QByteArray *>(opaque)};
}

uLong ZCALLBACK memoryRead(voidpf, voidpf stream, void *buf, uLong size)
{
    auto *s = static_cast<MemoryStream *>(stream);
    const quint64 total = quint64(s->data->size());
    const quint64 n = s->pos < total ? std::min<quint64>(size, total - s->pos) : 0;
    if (n > 0)
        std::memcpy(buf, s->data->constData() + s->pos, size_t(n));
    s->pos += n;
    return uLong(n);
}

uLong ZCALLBACK memoryWrite(voidpf, voidpf, const void *, uLong) { return 0; }

ZPOS64_T ZCALLBACK memoryTell(voidpf, voidpf stream)
{
    return static_cast<MemoryStream *>(stream)->pos;
}

long ZCALLBACK memorySeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    // As minizip's fseeko64: the offset is signed, and past the end is allowed (reads there
    // give nothing).
    auto *s = static_cast<MemoryStream *>(stream);
    const qint64 off = qint64(offset);
    qint64 base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        base = qint64(s->pos);
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        base = s->data->size();
    else if (origin != ZLIB_FILEFUNC_SEEK_SET)
        return -1;
    if ((off > 0 && base > std::numeric_limits<qint64>::max() - off) || base + off < 0)
        return -1;
    s->pos = quint64(base + off);
    return 0;
}

int ZCALLBACK memoryClose(voidpf, voidpf stream)
{
    delete static_cast<MemoryStream *>(stream);
    return 0;
}

int ZCALLBACK memoryError(voidpf, voidpf) { return 0; }

// "xl/worksheets/sheet1.xml" from a relationship target relative to xl/.
QString resolveTarget(const QString &target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    QString t = target;
    while (t.startsWith(QStringLiteral("../")))
        t = t.mid(3);
    return target.startsWith(QStringLiteral("../")) ? t : QStringLiteral("xl/") + t;
}

struct WorkbookInfo
{
    QString sheetTarget;
    QString sharedStrings = QStringLiteral("xl/sharedStrings.xml");
    QString styles = QStringLiteral("xl/styles.xml");
    bool date1904 = false;
    QStringList sheetNames;
};

Result<WorkbookInfo> readWorkbook(unzFile zf, const QString &path, const QString &wanted)
{
    auto wb = entry(zf, path, QStringLiteral("xl/workbook.xml"));
    if (!wb)
        return wb.error();
    if (wb->isNull())
        return corrupt(path, QStringLiteral("xl/workbook.xml"));
    auto rels = entry(zf, path, QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (!rels)
        return rels.error();

    WorkbookInfo info;
    QString sheetRel;
    QXmlStreamReader x(*wb);
    while (!x.atEnd()) {
        if (x.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (x.name() == u"workbookPr") {
            const auto v = x.attributes().value(QStringLiteral("date1904"));
            info.date1904 = v == u"1" || v == u"true";
        } else if (x.name() == u"sheet") {
            const QString name = x.attributes().value(QStringLiteral("name")).toString();
            info.sheetNames << name;
            const QString rid = x.attributes().value(
                QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
                QStringLiteral("id")).toString();
            if (sheetRel.isEmpty() && (wanted.isEmpty() || name == wanted))
                sheetRel = rid.isEmpty() ? QStringLiteral("#") + name : rid;
        }
    }
    if (x.hasError())
        return corrupt(path, QStringLiteral("xl/workbook.xml: ") + x.errorString());
    if (sheetRel.isEmpty()) {
        if (!wanted.isEmpty())
            return Error{Error::Code::NotFound,
                         QCoreApplication::translate("Io", "The workbook has no sheet named \"%1\"; its sheets are: %2.")
                             .arg(wanted, info.sheetNames.join(QStringLiteral(", "))),
                         path};
        return corrupt(path, QCoreApplication::translate("Io", "no sheet"));
    }

    QXmlStreamReader r(rels->isNull() ? QByteArray() : *rels);
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement || r.name() != u"Relationship")
            continue;
        const auto a = r.attributes();
        const QString target = resolveTarget(a.value(QStringLiteral("Target")).toString());
        const QString type = a.value(QStringLiteral("Type")).toString();
        if (a.value(QStringLiteral("Id")) == sheetRel)
            info.sheetTarget = target;
        else if (type.endsWith(QStringLiteral("/sharedStrings")))
            info.sharedStrings = target;
        else if (type.endsWith(QStringLiteral("/styles")))
            info.styles = target;
    }
    if (info.sheetTarget.isEmpty()) // no rels: the conventional name
        info.sheetTarget = QStringLiteral("xl/worksheets/sheet%1.xml")
                               .arg(info.sheetNames.indexOf(wanted.isEmpty() ? info.sheetNames.value(0) : wanted) + 1);
    return info;
}

// Text of an <si> or <is> element: plain <t>, or the <t> of every rich-text run <r>;
// phonetic runs (<rPh>) are not part of the value.
QString readStringItem(QXmlStreamReader &x)
{
    QString text;
    const QString end = x.name().toString();
    int phonetic = 0;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement()) {
            if (x.name() == u"rPh")
                ++phonetic;
            else if (x.name() == u"t" && phonetic == 0)
                text += x.readElementText();
        } else if (x.isEndElement()) {
            if (x.name() == u"rPh")
                --phonetic;
            else if (x.name() == end)
                break;
        }
    }
    return text;
}

Result<QStringList> readSharedStrings(const QByteArray &xml, const QString &path)
{
    QStringList out;
    QXmlStreamReader x(xml);
    while (!x.atEnd()) {
        if (x.readNext() == QXmlStreamReader::StartElement && x.name() == u"si")
            out.append(readStringItem(x));
    }
    if (x.hasError())
        return corrupt(path, QStringLiteral("sharedStrings: ") + x.errorString());
    return out;
}

bool isDateFormatCode(QString code)
{
    static const QRegularExpression strip(QStringLiteral(R"("[^"]*"|\[[^\]]*\]|\\.)"));
    code.remove(strip);
    return code.contains(u'y', Qt::CaseInsensitive) || code.contains(u'd', Qt::CaseInsensitive)
           || code.contains(QStringLiteral("年")) || code.contains(QStringLiteral("日"));
}

bool isBuiltinDateFormat(int id)
{
    return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

// For each cellXfs index: whether its number format shows a date.
QList<bool> readDateStyles(const QByteArray &xml)
{
    QSet<int> customDates;
    QList<bool> out;
    QXmlStreamReader x(xml);
    bool inCellXfs = false;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement()) {
            if (x.name() == u"numFmt") {
                const int id = x.attributes().value(QStringLiteral("numFmtId")).toInt();
                if (isDateFormatCode(x.attributes().value(QStringLiteral("formatCode")).toString()))
                    customDates.insert(id);
            } else if (x.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (x.name() == u"xf" && inCellXfs) {
                const int id = x.attributes().value(QStringLiteral("numFmtId")).toInt();
                out.append(isBuiltinDateFormat(id) || customDates.contains(id));
            }
        } else if (x.isEndElement() && x.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    return out;
}

// "C12" -> column 2 (zero-based); -1 when malformed.
int columnOf(QStringView ref)
{
    int col = 0;
    qsizetype i = 0;
    for (; i < ref.size() && ref.at(i).isLetter(); ++i) {
        const char16_t u = QChar::toUpper(ref.at(i).unicode());
        if (u < u'A' || u > u'Z' || col > 100000)
            return -1;
        col = col * 26 + (u - u'A' + 1);
    }
    return i == 0 ? -1 : col - 1;
}

QString numberText(const QString &raw)
{
    bool ok = false;
    const double v = raw.toDouble(&ok);
    if (!ok)
        return raw;
    if (v == std::floor(v) && std::fabs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 15);
}

struct SheetContext
{
    const QStringList &shared;
    const QList<bool> &dateStyles;
    bool date1904 = false;
};

QString cellValue(const QString &type, const QString &raw, int style, const SheetContext &ctx)
{
    if (type == u"s") {
        bool ok = false;
        const int i = raw.toInt(&ok);
        return ok ? ctx.shared.value(i) : QString();
    }
    if (type == u"b")
        return raw == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (type == u"str" || type == u"e" || type == u"inlineStr")
        return raw;
    if (type == u"d") // ISO 8601 date cell (strict OOXML)
        return raw.left(10);
    if (style >= 0 && style < ctx.dateStyles.size() && ctx.dateStyles.at(style)) {
        bool ok = false;
        const double serial = raw.toDouble(&ok);
        if (ok) {
            const QDate d = fromSerial(serial, ctx.date1904);
            if (d.isValid())
                return d.toString(Qt::ISODate);
        }
    }
    return numberText(raw);
}

// Reads one <c> element; returns its column (or `next` when it has no reference).
int readCell(QXmlStreamReader &x, int next, const SheetContext &ctx, QString &value)
{
    const auto a = x.attributes();
    const QString type = a.value(QStringLiteral("t")).toString();
    const int style = a.hasAttribute(QStringLiteral("s")) ? a.value(QStringLiteral("s")).toInt() : -1;
    const int ref = a.hasAttribute(QStringLiteral("r")) ? columnOf(a.value(QStringLiteral("r"))) : next;
    QString raw;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement()) {
            if (x.name() == u"v")
                raw = x.readElementText();
            else if (x.name() == u"is")
                raw = readStringItem(x);
        } else if (x.isEndElement() && x.name() == u"c") {
            break;
        }
    }
    value = cellValue(type, raw, style, ctx);
    return ref < 0 ? next : ref;
}

bool blank(const QStringList &row)
{
    for (const QString &c : row)
        if (!c.trimmed().isEmpty())
            return false;
    return true;
}

Result<Table> readSheet(const QByteArray &xml, const QString &path, const SheetContext &ctx, int maxRows)
{
    Table table;
    QXmlStreamReader x(xml);
    int rowNumber = 0;
    while (!x.atEnd()) {
        if (x.readNext() != QXmlStreamReader::StartElement || x.name() != u"row")
            continue;
        const auto r = x.attributes().value(QStringLiteral("r"));
        rowNumber = r.isEmpty() ? rowNumber + 1 : r.toInt();
        QStringList row;
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == u"c") {
                QString value;
                const int col = readCell(x, int(row.size()), ctx, value);
                if (col > 16384)
                    return corrupt(path, QCoreApplication::translate("Io", "cell reference out of range"));
                while (row.size() < col)
                    row.append(QString());
                if (row.size() == col)
                    row.append(value);
                else
                    row[col] = value;
            } else if (x.isEndElement() && x.name() == u"row") {
                break;
            }
        }
        if (blank(row))
            continue;
        if (table.headers.isEmpty()) {
            table.headers = row;
            continue;
        }
        table.rows.append(row);
        table.lineNumbers.append(rowNumber);
        if (maxRows >= 0 && table.rows.size() >= maxRows)
            return table;
    }
    if (x.hasError())
        return corrupt(path, QStringLiteral("sheet: ") + x.errorString());
    return table;
}
} // namespace

QDate fromSerial(double serial, bool date1904)
{
    if (!(serial >= 1) || serial > 2958465) // 9999-12-31
        return {};
    const qint64 days = qint64(std::floor(serial));
    // Serial 60 is Lotus' 1900-02-29, which never existed; below it there is no offset.
    if (!date1904 && days == 60)
        return {};
    const QDate d = date1904    ? QDate(1904, 1, 1).addDays(days)
                    : days < 60 ? QDate(1899, 12, 31).addDays(days)
                                : QDate(1899, 12, 30).addDays(days);
    // In the 1904 system the last serial is 2957003: later ones have no ISO date either.
    return d <= QDate(9999, 12, 31) ? d : QDate();
}

namespace {
Result<Table> readZip(const Zip &zip, const QString &path, const QString &sheet, int maxRows)
{
    if (!zip)
        return corrupt(path, QCoreApplication::translate("Io", "not a zip archive"));
    auto zf = static_cast<unzFile>(zip.get());
    auto info = readWorkbook(zf, path, sheet);
    if (!info)
        return info.error();

    QStringList shared;
    auto sharedXml = entry(zf, path, info->sharedStrings);
    if (!sharedXml)
        return sharedXml.error();
    if (!sharedXml->isNull()) {
        auto s = readSharedStrings(*sharedXml, path);
        if (!s)
            return s.error();
        shared = std::move(s.value());
    }
    QList<bool> dateStyles;
    auto stylesXml = entry(zf, path, info->styles);
    if (!stylesXml)
        return stylesXml.error();
    if (!stylesXml->isNull())
        dateStyles = readDateStyles(*stylesXml);

    auto sheetXml = entry(zf, path, info->sheetTarget);
    if (!sheetXml)
        return sheetXml.error();
    if (sheetXml->isNull())
        return corrupt(path, info->sheetTarget);
    const SheetContext ctx{shared, dateStyles, info->date1904};
    return readSheet(*sheetXml, path, ctx, maxRows);
}
} // namespace

Result<Table> read(const QString &path, const QString &sheet, int maxRows)
{
    const Zip zip(unzOpen64(QFile::encodeName(path).constData()));
    return readZip(zip, path, sheet, maxRows);
}

Result<Table> readData(const QByteArray &data, const QString &name, const QString &sheet,
                       int maxRows)
{
    zlib_filefunc64_def functions{memoryOpen,  memoryRead,  memoryWrite,
                                  memoryTell,  memorySeek,  memoryClose,
                                  memoryError, const_cast<QByteArray *>(&data)};
    const Zip zip(unzOpen2_64(name.toUtf8().constData(), &functions));
    return readZip(zip, name, sheet, maxRows);
}

} // namespace Jiandu::Io::Xlsx
