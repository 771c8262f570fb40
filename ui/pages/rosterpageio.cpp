// The roster page's file work: export, import and printing of the public roster.

#include "rosterpage.h"

#include "appcontext.h"
#include "dialogs/importwizard.h"
#include "documents/rosterdocument.h"
#include "io/importer.h"
#include "rules/warning.h"
#include "widgets/exportfiledialog.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QPrinter>
#include <QPrintPreviewDialog>

namespace Jiandu::Ui {

void RosterPage::exportRoster()
{
    const QString path = askExportPath(this, tr("Export officers"), tr("officers"));
    if (path.isEmpty())
        return;

    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto written = exportTo(path);
    QApplication::restoreOverrideCursor();
    if (!written)
        return (void)QMessageBox::warning(this, tr("Export officers"), written.error().toString());
    QMessageBox::information(this, tr("Export officers"),
                             tr("%n officer(s) written to %1.", nullptr, written.value())
                                 .arg(QDir::toNativeSeparators(path)));
}

Result<int> RosterPage::exportTo(const QString &path)
{
    Io::ExportOptions options; // identity-card and phone numbers stay masked
    options.asOf = m_context.today();
    options.expiringDays = Rules::RuleSettings::load(m_context.db()).certExpiringDays;
    options.agencyIds = selectedAgencyIds();
    return Io::exportFile(m_context.db(), Io::Kind::Officers, path, options);
}

void RosterPage::importOfficers()
{
    auto *wizard = new ImportWizard(m_context, Io::Kind::Officers, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // The wizard announces what it committed; refresh anyway when it closes.
    connect(wizard, &QDialog::finished, this, &RosterPage::refresh);
    wizard->open();
}

void RosterPage::printRoster()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print the public roster"));
    Documents::RosterOptions options;
    options.asOf = m_context.today();
    options.printDate = options.asOf;
    options.agencyIds = selectedAgencyIds();
    QString failure;
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *target) {
        auto pages = Documents::printRoster(m_context.db(), options, *target);
        if (!pages)
            failure = pages.error().toString();
    });
    preview.resize(1000, 760);
    preview.exec();
    if (!failure.isEmpty())
        QMessageBox::warning(this, tr("Print the public roster"), failure);
}

} // namespace Jiandu::Ui
