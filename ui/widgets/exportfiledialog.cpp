#include "exportfiledialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>

namespace Jiandu::Ui {

namespace {
const QString folderKey = QStringLiteral("paths/export");
}

QString askSavePath(QWidget *parent, const QString &title, const QString &baseName,
                    const QString &suffix, const QString &filter)
{
    QSettings settings;
    const QString folder = settings.value(folderKey, QDir::homePath()).toString();
    const QString suggested = QDir(folder).filePath(baseName + QLatin1Char('.') + suffix);
    QString path = QFileDialog::getSaveFileName(parent, title, suggested, filter);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix;
    settings.setValue(folderKey, QFileInfo(path).absolutePath());
    return path;
}

QString askExportPath(QWidget *parent, const QString &title, const QString &baseName)
{
    QSettings settings;
    const QString folder = settings.value(folderKey, QDir::homePath()).toString();
    const QString suggested = QDir(folder).filePath(baseName + QStringLiteral(".xlsx"));
    QString selectedFilter;
    QString path = QFileDialog::getSaveFileName(
        parent, title, suggested,
        QCoreApplication::translate("ExportFileDialog",
                                    "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;JSON (*.json)"),
        &selectedFilter);
    if (path.isEmpty())
        return {};
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"xlsx" && suffix != u"csv" && suffix != u"json")
        path += selectedFilter.contains(u"*.csv")    ? QStringLiteral(".csv")
                : selectedFilter.contains(u"*.json") ? QStringLiteral(".json")
                                                     : QStringLiteral(".xlsx");
    settings.setValue(folderKey, QFileInfo(path).absolutePath());
    return path;
}

} // namespace Jiandu::Ui
