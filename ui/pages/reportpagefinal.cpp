// The report page's finalisation (定稿) and its printed forms (PDF, ODT, printer).

#include "reportpage.h"

#include "appcontext.h"
#include "documents/annualreportdocument.h"
#include "storage/audittrail.h"
#include "storage/database.h"
#include "workers/backgroundtask.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Jiandu::Ui {

namespace {

enum FinalColumn
{
    YearColumn,
    ScopeColumn,
    SequenceColumn,
    AsOfColumn,
    AtColumn,
    ActorColumn,
    HashColumn,
    FinalColumnCount
};

struct Recomputed
{
    QString json;
    QString error;
};

Documents::AnnualReportPrintOptions printOptions(AppContext &context)
{
    Documents::AnnualReportPrintOptions options;
    options.issuingUnit = Documents::defaultIssuingUnit(context.db());
    options.date = context.today();
    options.footer = Documents::auditFooter(context.db(), options.date);
    return options;
}

// The annual report's export or print, recorded in the audit trail.
VoidResult recordOutput(AppContext &context, const AnnualReport &report, AuditEntry::Action action,
                        const QString &file, int pages)
{
    QJsonObject details{{QStringLiteral("year"), report.year},
                        {QStringLiteral("title"), Documents::annualReportTitle(report)}};
    if (!file.isEmpty())
        details.insert(QStringLiteral("file"), QFileInfo(file).fileName());
    if (pages > 0)
        details.insert(QStringLiteral("pages"), pages);
    return AuditTrail(context.db()).recordOutput(action, QStringLiteral("annual_report"), details);
}

} // namespace

QWidget *ReportPage::buildFinalisation()
{
    m_compareTask = new BackgroundTask(m_context.db(), this);
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_finalLabel = new QLabel(box);
    m_finalLabel->setObjectName(QStringLiteral("finalLabel"));
    m_finalLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_finalise = new QPushButton(tr("Finalise…"), box);
    m_finalise->setObjectName(QStringLiteral("finaliseButton"));
    m_finalise->setToolTip(tr("Record these figures as the published report (定稿), with who "
                              "finalised it, when, and the SHA-256 of its JSON"));
    m_compareButton = new QPushButton(tr("Compare with now"), box);
    m_compareButton->setObjectName(QStringLiteral("compareButton"));
    m_compareButton->setToolTip(tr("Recompute the selected finalised report on today's data "
                                   "and list the figures that changed"));
    row->addWidget(m_finalLabel, 1);
    row->addWidget(m_finalise);
    row->addWidget(m_compareButton);
    m_finals = new QTableWidget(0, FinalColumnCount, box);
    m_finals->setObjectName(QStringLiteral("finalisationTable"));
    m_finals->setHorizontalHeaderLabels({tr("Year"), tr("Scope"), tr("No."), tr("As of"),
                                         tr("Finalised at"), tr("By"), tr("SHA-256")});
    m_finals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_finals->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_finals->setSelectionMode(QAbstractItemView::SingleSelection);
    m_finals->verticalHeader()->hide();
    m_finals->horizontalHeader()->setSectionResizeMode(HashColumn, QHeaderView::Stretch);
    m_finals->setMaximumHeight(120);
    m_finals->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    layout->addLayout(row);
    layout->addWidget(m_finals);
    connect(m_finalise, &QPushButton::clicked, this, [this] { finalise(true); });
    connect(m_compareButton, &QPushButton::clicked, this,
            [this] { compareWithNow(m_finals->currentRow()); });
    connect(m_finals, &QTableWidget::itemSelectionChanged, this,
            &ReportPage::updateFinaliseActions);
    connect(m_finals, &QTableWidget::cellDoubleClicked, this, [this](int r) { compareWithNow(r); });
    reloadFinalisations();
    return box;
}

void ReportPage::reloadFinalisations()
{
    if (!m_finals)
        return;
    auto list = ReportRepository(m_context.db()).list();
    m_finalList = list ? *list : QList<FinalisedReport>{};
    m_finals->setRowCount(int(m_finalList.size()));
    for (int r = 0; r < m_finalList.size(); ++r) {
        const FinalisedReport &f = m_finalList.at(r);
        const QStringList texts = {QString::number(f.year),
                                   f.scope,
                                   QString::number(f.sequence),
                                   f.asOf.toString(Qt::ISODate),
                                   f.finalisedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                                   f.actor,
                                   f.jsonSha256};
        for (int c = 0; c < texts.size(); ++c)
            m_finals->setItem(r, c, new QTableWidgetItem(texts.at(c)));
    }
    m_finals->resizeColumnsToContents();
    // The latest finalisation of what the bar shows.
    QString text = tr("Not finalised yet.");
    QString hash;
    for (const FinalisedReport &f : std::as_const(m_finalList))
        if (f.year == year() && f.agencyId == agencyId()) {
            // The hash cut to 16 digits here; the list and the tooltip hold all 64.
            text =
                tr("Finalised (no. %1) by %2 on %3 — SHA-256 %4…")
                    .arg(f.sequence)
                    .arg(f.actor, f.finalisedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                         f.jsonSha256.left(16));
            hash = f.jsonSha256;
            break; // the list is newest sequence first
        }
    if (!list)
        text = list.error().toString();
    m_finalLabel->setText(text);
    m_finalLabel->setToolTip(hash);
    updateFinaliseActions();
}

void ReportPage::updateFinaliseActions()
{
    if (!m_finalise)
        return;
    const bool idle = !m_task->isRunning() && !m_compareTask->isRunning();
    m_finalise->setEnabled(idle && m_report.has_value());
    m_compareButton->setEnabled(idle && m_finals->currentRow() >= 0);
}

void ReportPage::finalise(bool confirm)
{
    if (!m_report)
        return;
    if (confirm &&
        QMessageBox::question(
            this, tr("Finalise the annual report"),
            tr("Record the report of %1 for %2 (as of %3) as final? The figures are kept with "
               "your name, the time and their SHA-256; a later finalisation adds a new entry.")
                .arg(m_report->year)
                .arg(m_report->scope, m_report->asOf.toString(Qt::ISODate))) != QMessageBox::Yes)
        return;
    auto result = ReportRepository(m_context.db()).finalise(*m_report, Report::toJson(*m_report));
    if (!result) {
        QMessageBox::warning(this, tr("Finalise the annual report"), result.error().toString());
        return;
    }
    m_context.notifyDataChanged(QStringLiteral("annual_report_final"));
    reloadFinalisations();
    Q_EMIT finalised();
}

void ReportPage::compareWithNow(int row)
{
    if (row < 0 || row >= m_finalList.size() || m_compareTask->isRunning())
        return;
    const FinalisedReport final = m_finalList.at(row);
    Database &db = m_context.db();
    m_status->setText(tr("Recomputing the report of %1…").arg(final.year));
    m_busy->show();
    updateFinaliseActions();
    m_compareTask->start<Recomputed>(
        [&db, final] {
            auto r = computeAnnualReport(db, final.year, final.agencyId, final.asOf);
            if (!r)
                return Recomputed{{}, r.error().toString()};
            return Recomputed{Report::toJson(*r), {}};
        },
        [this, final](Recomputed now) {
            m_busy->hide();
            m_status->clear();
            updateFinaliseActions();
            if (!now.error.isEmpty()) {
                m_status->setText(now.error);
                return;
            }
            auto diffs = ReportRepository::compare(final.json, now.json);
            if (!diffs) {
                m_status->setText(diffs.error().toString());
                return;
            }
            showDifferences(final, *diffs);
        });
}

void ReportPage::showDifferences(const FinalisedReport &final, const QList<ReportDifference> &diffs)
{
    QStringList keys;
    for (const ReportDifference &d : diffs)
        keys << d.key;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("differencesDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Finalised report against now"));
    auto *label = new QLabel(
        diffs.isEmpty()
            ? tr("The report of %1 for %2 computed now equals the finalisation no. %3.")
                  .arg(final.year)
                  .arg(final.scope)
                  .arg(final.sequence)
            : tr("%1 figure(s) of the report of %2 for %3 differ from finalisation no. %4.")
                  .arg(diffs.size())
                  .arg(final.year)
                  .arg(final.scope)
                  .arg(final.sequence),
        dialog);
    label->setWordWrap(true);
    auto *table = new QTableWidget(int(diffs.size()), 3, dialog);
    table->setObjectName(QStringLiteral("differencesTable"));
    table->setHorizontalHeaderLabels({tr("Key"), tr("Finalised"), tr("Now")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    for (int r = 0; r < diffs.size(); ++r) {
        table->setItem(r, 0, new QTableWidgetItem(diffs.at(r).key));
        table->setItem(r, 1, new QTableWidgetItem(diffs.at(r).finalised));
        table->setItem(r, 2, new QTableWidgetItem(diffs.at(r).recomputed));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(label);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    dialog->resize(640, 420);
    dialog->open();
    Q_EMIT differencesFound(keys);
}

VoidResult ReportPage::exportDocument(const QString &path)
{
    const auto options = printOptions(m_context);
    if (path.endsWith(QStringLiteral(".odt"), Qt::CaseInsensitive))
        return Documents::writeAnnualReportOdt(*m_report, options, path);
    if (auto r = Documents::writeAnnualReportPdf(*m_report, options, path); !r)
        return r.error();
    return {};
}

VoidResult ReportPage::recordExport(const QString &path)
{
    return recordOutput(m_context, *m_report, AuditEntry::Action::Export, path, 0);
}

void ReportPage::printReport()
{
    if (!m_report)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the annual report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto pages = Documents::printAnnualReport(*m_report, printOptions(m_context), printer);
    VoidResult recorded = pages ? recordOutput(m_context, *m_report, AuditEntry::Action::Print,
                                               printer.outputFileName(), pages.value())
                                : VoidResult(pages.error());
    if (!recorded)
        QMessageBox::warning(this, tr("Print the annual report"), recorded.error().toString());
}

} // namespace Jiandu::Ui
