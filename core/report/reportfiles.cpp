// The CSV and XLSX files of the annual report: the published tables of reporttables.h.

#include "reporttables.h"

#include "io/csv.h"

#include "util/checkedsavefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <xlsxwriter.h>

#include <cstdio>

namespace Jiandu::Report {
namespace {

Error ioError(const QString &path, const QString &detail)
{
    return Error{Error::Code::Io,
                 QCoreApplication::translate("Io", "The file cannot be written: %1.").arg(detail),
                 path};
}

// A plain number ("-3", "12500.00", "95.24%") is not a formula: only other cells starting
// with = + - @ are guarded, so a negative change stays a number in Excel.
QString csvField(const QString &value)
{
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?%?$"));
    const QString v = number.match(value).hasMatch() ? value : Io::Csv::guardFormula(value);
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')) {
        QString q = v;
        q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    }
    return v;
}

void appendRecord(QString &out, const QStringList &fields)
{
    QStringList quoted;
    for (const QString &f : fields)
        quoted << csvField(f);
    out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace

VoidResult writeCsv(const QString &path, const AnnualReport &report)
{
    QString out;
    const QList<ReportTable> tables = publishedTables(report);
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const ReportTable &t = tables.at(i);
        if (i > 0)
            out += QStringLiteral("\r\n");
        appendRecord(out, {t.title});
        appendRecord(out, t.headers);
        for (const QList<Cell> &row : t.rows) {
            QStringList cells;
            for (const Cell &c : row)
                cells << c.toText();
            appendRecord(out, cells);
        }
    }
    const QByteArray bytes = QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
    CheckedSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(path, file.errorString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return ioError(path, file.errorString());
    return {};
}

namespace {

struct Formats
{
    lxw_format *title = nullptr;
    lxw_format *header = nullptr;
    lxw_format *money = nullptr;
    lxw_format *percent = nullptr;
};

void writeCell(lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const Cell &cell, const Formats &f)
{
    switch (cell.kind) {
    case Cell::Kind::Text:
        worksheet_write_string(ws, r, c, cell.text.toUtf8().constData(), nullptr);
        return;
    case Cell::Kind::Count:
        worksheet_write_number(ws, r, c, double(cell.number), nullptr);
        return;
    case Cell::Kind::Money:
        worksheet_write_number(ws, r, c, double(cell.number) / 100.0, f.money);
        return;
    case Cell::Kind::Rate:
        if (const auto v = cell.rate.value())
            worksheet_write_number(ws, r, c, *v, f.percent);
        else
            worksheet_write_string(ws, r, c, "—", nullptr);
        return;
    }
}

void writeSheet(lxw_workbook *wb, const ReportTable &t, const Formats &f)
{
    const QByteArray name = t.title.left(31).toUtf8();
    lxw_worksheet *ws = workbook_add_worksheet(wb, name.constData());
    worksheet_write_string(ws, 0, 0, name.constData(), f.title);
    for (qsizetype c = 0; c < t.headers.size(); ++c) {
        worksheet_write_string(ws, 1, lxw_col_t(c), t.headers.at(c).toUtf8().constData(), f.header);
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), c == 0 ? 34 : 14, nullptr);
    }
    for (qsizetype r = 0; r < t.rows.size(); ++r)
        for (qsizetype c = 0; c < t.rows.at(r).size(); ++c)
            writeCell(ws, lxw_row_t(r + 2), lxw_col_t(c), t.rows.at(r).at(c), f);
}

} // namespace

VoidResult writeXlsx(const QString &path, const AnnualReport &report)
{
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return ioError(path, QCoreApplication::translate("Io", "the folder does not exist"));
    const QString tmp = target.absoluteDir().filePath(QStringLiteral(".%1.%2.tmp")
                                                          .arg(target.fileName())
                                                          .arg(QCoreApplication::applicationPid()));
    const QByteArray tmpName = QFile::encodeName(tmp);
    lxw_workbook *wb = workbook_new(tmpName.constData());
    if (!wb)
        return ioError(path,
                       QCoreApplication::translate("Io", "the workbook could not be created"));
    Formats f;
    f.title = workbook_add_format(wb);
    format_set_bold(f.title);
    format_set_font_size(f.title, 14);
    f.header = workbook_add_format(wb);
    format_set_bold(f.header);
    f.money = workbook_add_format(wb);
    format_set_num_format(f.money, "0.00");
    f.percent = workbook_add_format(wb);
    format_set_num_format(f.percent, "0.00%");
    for (const ReportTable &t : publishedTables(report))
        writeSheet(wb, t, f);
    const lxw_error rc = workbook_close(wb);
    if (rc != LXW_NO_ERROR) {
        QFile::remove(tmp);
        return ioError(path, QString::fromUtf8(lxw_strerror(rc)));
    }
    if (std::rename(tmpName.constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(tmp);
        return ioError(
            path, QCoreApplication::translate("Io", "the temporary file could not be renamed"));
    }
    return {};
}

} // namespace Jiandu::Report
