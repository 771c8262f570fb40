// The supervision page's ledger output: print preview, printer, PDF (off the GUI thread with a
// progress dialog that can cancel) and export of the ledger of the current filter; the import
// of tasks through the import wizard.

#include "supervisionpage.h"

#include "appcontext.h"
#include "dialogs/importwizard.h"
#include "documents/ledgerdocument.h"
#include "documents/supervisionprint.h"
#include "io/importer.h"
#include "storage/activityrepository.h"
#include "storage/settingsrepository.h"
#include "widgets/exportfiledialog.h"
#include "workers/progressjob.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonObject>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QSettings>
#include <QStandardPaths>

namespace Jiandu::Ui {

namespace {
const QString kFolderKey = QStringLiteral("supervision/lastFolder");
}

Result<Documents::LedgerData> SupervisionPage::ledger() const
{
    Database &db = m_context.db();
    // The title is the documents library's default (整改台账); its subtitle names the
    // activity and the body filtered on.
    const QString unit = SettingsRepository(db).value(QStringLiteral("office/name"));
    return Documents::ledgerData(db, currentQuery(), QString(), unit, m_context.today());
}

Result<int> SupervisionPage::paint(QPrinter &printer)
{
    auto data = ledger();
    if (!data)
        return data.error();
    return Documents::printLedger(data.value(), printer);
}

void SupervisionPage::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print the rectification ledger"));
    QString failure;
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *target) {
        if (auto pages = paint(*target); !pages)
            failure = pages.error().toString();
    });
    preview.resize(1100, 780);
    const bool printed = preview.exec() == QDialog::Accepted;
    if (printed && failure.isEmpty())
        if (auto r = auditLedger(AuditEntry::Action::Print, printer.outputFileName(), 0); !r)
            failure = r.error().toString();
    if (!failure.isEmpty())
        QMessageBox::warning(this, tr("Print the rectification ledger"), failure);
}

void SupervisionPage::printToPrinter()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the rectification ledger"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto pages = paint(printer);
    VoidResult r =
        pages ? auditLedger(AuditEntry::Action::Print, printer.outputFileName(), pages.value())
              : VoidResult(pages.error());
    if (!r)
        QMessageBox::warning(this, tr("Print the rectification ledger"), r.error().toString());
}

Result<int> SupervisionPage::writeLedgerPdf(const QString &path)
{
    auto data = ledger();
    if (!data)
        return data.error();
    const int rows = int(data->rows.size());
    auto pages =
        runWithProgress(m_context.db(), this, tr("Writing the ledger…"),
                        [data = std::move(data.value()), path](const ProgressCallback &progress) {
                            return Documents::writeLedgerPdf(data, path, progress);
                        });
    if (!pages)
        return pages;
    if (auto r = auditLedger(AuditEntry::Action::Export, path, pages.value(), rows); !r)
        return r.error();
    return pages;
}

// The ledger's print or PDF in the audit trail, with the filter it was printed under.
VoidResult SupervisionPage::auditLedger(AuditEntry::Action action, const QString &file, int pages,
                                        int rows)
{
    QJsonObject details;
    if (pages > 0)
        details.insert(QStringLiteral("pages"), pages);
    if (rows >= 0)
        details.insert(QStringLiteral("rows"), rows);
    const TaskQuery q = currentQuery();
    if (q.activityId)
        details.insert(QStringLiteral("activity_id"), *q.activityId);
    if (!q.unit.isEmpty())
        details.insert(QStringLiteral("unit"), q.unit);
    if (!file.isEmpty())
        details.insert(QStringLiteral("file"), QFileInfo(file).fileName());
    return AuditTrail(m_context.db()).recordOutput(action, QStringLiteral("ledger"), details);
}

void SupervisionPage::savePdf()
{
    QSettings settings;
    const QString folder = settings.value(kFolderKey, QStandardPaths::writableLocation(
                                                          QStandardPaths::DocumentsLocation))
                               .toString();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the ledger as PDF"), QDir(folder).filePath(tr("rectification-ledger.pdf")),
        tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    settings.setValue(kFolderKey, QFileInfo(path).absolutePath());
    const auto pages = writeLedgerPdf(path);
    if (!pages) {
        if (pages.error().code != Error::Code::Usage) // Usage: the user cancelled
            QMessageBox::warning(this, tr("Save the ledger as PDF"), pages.error().toString());
        return;
    }
    QMessageBox::information(this, tr("Save the ledger as PDF"),
                             tr("%n page(s) written to %1.", nullptr, pages.value())
                                 .arg(QDir::toNativeSeparators(path)));
}

// The io exporter writes the import layout (spec/import-templates.md "tasks") and filters by
// activity and body only: the other ledger filters do not narrow an export.
Result<int> SupervisionPage::exportTo(const QString &path)
{
    Io::ExportOptions options;
    options.asOf = m_context.today();
    if (const qint64 activity = currentActivityId(); activity > 0)
        options.activityIds = {activity};
    if (const qint64 agency = m_agencyFilter->currentData().toLongLong(); agency > 0)
        options.agencyIds = {agency};
    return Io::exportFile(m_context.db(), Io::Kind::Tasks, path, options);
}

void SupervisionPage::exportLedger()
{
    const QString path = askExportPath(this, tr("Export rectification tasks"), tr("tasks"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto written = exportTo(path);
    QApplication::restoreOverrideCursor();
    if (!written)
        return (void)QMessageBox::warning(this, tr("Export rectification tasks"),
                                          written.error().toString());
    QMessageBox::information(this, tr("Export rectification tasks"),
                             tr("%n task(s) written to %1.", nullptr, written.value())
                                 .arg(QDir::toNativeSeparators(path)));
}

// A plan imported into the chosen activity usually shares its date; into another source the
// user changes or clears it. The ledger refreshes on the wizard's dataChanged("tasks").
ImportWizard *SupervisionPage::importTasks()
{
    auto *wizard = new ImportWizard(m_context, Io::Kind::Tasks, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (const qint64 id = currentActivityId(); id > 0)
        if (auto activity = ActivityRepository(m_context.db()).find(id); activity && activity.value())
            wizard->setSourceDate(activity.value()->sourceDate);
    wizard->open();
    return wizard;
}

} // namespace Jiandu::Ui
