// The cases page's file work: export in the import layout and the import wizard.

#include "casespage.h"

#include "appcontext.h"
#include "dialogs/importwizard.h"
#include "io/importer.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

namespace Jiandu::Ui {

namespace {
const QString kExportFolderKey = QStringLiteral("paths/export");
}

void CasesPage::exportCases()
{
    QSettings settings;
    const QString folder = settings.value(kExportFolderKey, QDir::homePath()).toString();
    const QString suggested = QDir(folder).filePath(tr("cases") + QStringLiteral(".xlsx"));
    QString selectedFilter;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export cases"), suggested,
        tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;JSON (*.json)"), &selectedFilter);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"xlsx" && suffix != u"csv" && suffix != u"json")
        path += selectedFilter.contains(u"*.csv")    ? QStringLiteral(".csv")
                : selectedFilter.contains(u"*.json") ? QStringLiteral(".json")
                                                     : QStringLiteral(".xlsx");
    settings.setValue(kExportFolderKey, QFileInfo(path).absolutePath());

    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto written = exportTo(path);
    QApplication::restoreOverrideCursor();
    if (!written)
        return (void)QMessageBox::warning(this, tr("Export cases"), written.error().toString());
    QMessageBox::information(this, tr("Export cases"),
                             tr("%n case(s) written to %1.", nullptr, written.value())
                                 .arg(QDir::toNativeSeparators(path)));
}

Result<int> CasesPage::exportTo(const QString &path)
{
    Io::ExportOptions options;
    options.asOf = m_context.today();
    options.agencyIds = selectedAgencyIds();
    return Io::exportFile(m_context.db(), Io::Kind::Cases, path, options);
}

void CasesPage::importCases()
{
    auto *wizard = new ImportWizard(m_context, Io::Kind::Cases, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::finished, this, &CasesPage::refresh);
    wizard->open();
}

} // namespace Jiandu::Ui
