// The cases page's file work: export in the import layout and the import wizard.

#include "casespage.h"

#include "appcontext.h"
#include "dialogs/importwizard.h"
#include "io/importer.h"
#include "widgets/exportfiledialog.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>

namespace Jiandu::Ui {

void CasesPage::exportCases()
{
    const QString path = askExportPath(this, tr("Export cases"), tr("cases"));
    if (path.isEmpty())
        return;

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
