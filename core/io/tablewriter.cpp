#include "tablewriter.h"

#include "csv.h"

#include "util/checkedsavefile.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <xlsxwriter.h>

#include <cstdio>

namespace Jiandu::Io {

namespace {

Error ioError(const QString &path, const QString &detail)
{
    return Error{Error::Code::Io, QCoreApplication::translate("Io", "The file cannot be written: %1.").arg(detail), path};
}

bool isNumber(const QVariant &v)
{
    const auto t = v.typeId();
    return t == QMetaType::Int || t == QMetaType::LongLong || t == QMetaType::Double;
}

VoidResult saveBytes(const QString &path, const QByteArray &bytes)
{
    CheckedSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(path, file.errorString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return ioError(path, file.errorString());
    return {};
}

VoidResult writeCsv(const QString &path, const ExportTable &t)
{
    const qsizetype columns = t.headers.size();
    QList<QStringList> rows;
    rows.reserve(t.rows.size());
    for (const QVariantList &row : t.rows) {
        QStringList cells;
        for (qsizetype c = 0; c < columns; ++c)
            cells.append(cellText(row.value(c)));
        rows.append(cells);
    }
    return saveBytes(path, Csv::write(t.headers, rows));
}

VoidResult writeJson(const QString &path, const ExportTable &t)
{
    QJsonArray array;
    for (const QVariantList &row : t.rows) {
        QJsonObject o;
        for (qsizetype c = 0; c < t.keys.size(); ++c) {
            const QVariant v = row.value(c);
            if (v.isNull() || !v.isValid())
                o.insert(t.keys.at(c), QJsonValue::Null);
            else if (v.typeId() == QMetaType::QDate)
                o.insert(t.keys.at(c), v.toDate().toString(Qt::ISODate));
            else
                o.insert(t.keys.at(c), QJsonValue::fromVariant(v));
        }
        array.append(o);
    }
    return saveBytes(path, QJsonDocument(array).toJson(QJsonDocument::Indented));
}

VoidResult writeXlsx(const QString &path, const ExportTable &t)
{
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return ioError(path, QCoreApplication::translate("Io", "the folder does not exist"));
    const QString tmp = target.absoluteDir().filePath(
        QStringLiteral(".%1.%2.tmp").arg(target.fileName()).arg(QCoreApplication::applicationPid()));
    const QByteArray tmpName = QFile::encodeName(tmp);
    lxw_workbook *wb = workbook_new(tmpName.constData());
    if (!wb)
        return ioError(path, QCoreApplication::translate("Io", "the workbook could not be created"));
    const QByteArray sheetName = t.sheetName.left(31).toUtf8();
    lxw_worksheet *ws = workbook_add_worksheet(wb, sheetName.isEmpty() ? nullptr : sheetName.constData());
    lxw_format *bold = workbook_add_format(wb);
    format_set_bold(bold);
    for (qsizetype c = 0; c < t.headers.size(); ++c) {
        worksheet_write_string(ws, 0, lxw_col_t(c), t.headers.at(c).toUtf8().constData(), bold);
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), 14, nullptr);
    }
    for (qsizetype r = 0; r < t.rows.size(); ++r) {
        const QVariantList &row = t.rows.at(r);
        for (qsizetype c = 0; c < t.headers.size(); ++c) {
            const QVariant v = row.value(c);
            if (v.isNull() || !v.isValid())
                continue;
            const auto rr = lxw_row_t(r + 1);
            if (isNumber(v))
                worksheet_write_number(ws, rr, lxw_col_t(c), v.toDouble(), nullptr);
            else
                worksheet_write_string(ws, rr, lxw_col_t(c), cellText(v).toUtf8().constData(), nullptr);
        }
    }
    const lxw_error rc = workbook_close(wb);
    if (rc != LXW_NO_ERROR) {
        QFile::remove(tmp);
        return ioError(path, QString::fromUtf8(lxw_strerror(rc)));
    }
    if (std::rename(tmpName.constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(tmp);
        return ioError(path, QCoreApplication::translate("Io", "the temporary file could not be renamed"));
    }
    return {};
}
} // namespace

QString cellText(const QVariant &cell)
{
    if (cell.isNull() || !cell.isValid())
        return {};
    switch (cell.typeId()) {
    case QMetaType::Bool: return cell.toBool() ? QStringLiteral("是") : QStringLiteral("否");
    case QMetaType::QDate: return cell.toDate().toString(Qt::ISODate);
    case QMetaType::Double: return QString::number(cell.toDouble(), 'g', 15);
    default: return cell.toString();
    }
}

VoidResult writeTableFile(const QString &path, const ExportTable &table)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv")
        return writeCsv(path, table);
    if (suffix == u"xlsx")
        return writeXlsx(path, table);
    if (suffix == u"json")
        return writeJson(path, table);
    return Error{Error::Code::Usage,
                 QCoreApplication::translate("Io", "Cannot export to \"%1\": the file name must end in .csv, .xlsx or .json.")
                     .arg(QFileInfo(path).fileName()),
                 path};
}

} // namespace Jiandu::Io
