#include "importwizardpages.h"

#include "appcontext.h"
#include "domain/identity.h"
#include "importwizard.h"
#include "workers/backgroundtask.h"

#include <QApplication>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Jiandu::Ui {

namespace {

constexpr int kPreviewRows = 50;
constexpr int kProgressPollMs = 100;

void fillProblems(QListWidget *list, const QList<Io::Problem> &problems)
{
    list->clear();
    QStyle *style = list->style();
    for (const Io::Problem &p : problems) {
        const QStyle::StandardPixmap icon =
            p.severity == Io::Problem::Severity::Error     ? QStyle::SP_MessageBoxCritical
            : p.severity == Io::Problem::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                           : QStyle::SP_MessageBoxInformation;
        auto *item = new QListWidgetItem(style->standardIcon(icon), describeProblem(p), list);
        item->setToolTip(p.toString());
        item->setData(Qt::UserRole, int(p.severity));
    }
}

// Identity-card and phone numbers are masked in every list, the preview included.
std::function<QString(const QString &)> maskerFor(const QString &header)
{
    const QString h = header.trimmed();
    if (h == u"身份证号" || h.compare(u"id_number", Qt::CaseInsensitive) == 0)
        return [](const QString &v) { return v.isEmpty() ? v : Identity::maskIdNumber(v); };
    if (h == u"联系电话" || h.compare(u"phone", Qt::CaseInsensitive) == 0)
        return [](const QString &v) { return v.isEmpty() ? v : Identity::maskPhone(v); };
    return [](const QString &v) { return v; };
}

} // namespace

QString describeProblem(const Io::Problem &p)
{
    if (p.line > 0 && !p.column.isEmpty())
        return ImportWizard::tr("Row %1 · %2 · %3").arg(p.line).arg(p.column, p.message);
    if (p.line > 0)
        return ImportWizard::tr("Row %1 · %2").arg(p.line).arg(p.message);
    if (!p.column.isEmpty())
        return p.column + QStringLiteral(" · ") + p.message;
    return p.message;
}

// ---- Page 2 --------------------------------------------------------------------------------

ImportPreviewPage::ImportPreviewPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Preview"));
    setSubTitle(tr("The first rows as they were read. Check that the columns and characters "
                   "look right."));
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("previewInfo"));
    m_info->setWordWrap(true);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_info);
    layout->addWidget(m_table, 1);
}

void ImportPreviewPage::initializePage()
{
    Io::ReadOptions options = m_wizard->readOptions();
    options.maxRows = kPreviewRows;
    // A preview reads at most kPreviewRows rows: quick enough for the GUI thread.
    const auto table = Io::readTable(m_wizard->filePath(), options);
    m_table->clear();
    m_ok = table.ok();
    if (!m_ok) {
        m_table->setRowCount(0);
        m_table->setColumnCount(0);
        m_info->setText(tr("The file cannot be read: %1").arg(table.error().toString()));
        Q_EMIT completeChanged();
        return;
    }
    m_table->setColumnCount(int(table->headers.size()));
    m_table->setHorizontalHeaderLabels(table->headers);
    m_table->setRowCount(int(table->rows.size()));
    QList<std::function<QString(const QString &)>> shown;
    for (const QString &header : table->headers)
        shown.append(maskerFor(header));
    QStringList lines;
    for (int r = 0; r < table->rows.size(); ++r) {
        const QStringList &row = table->rows.at(r);
        for (int c = 0; c < row.size() && c < table->headers.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(shown.at(c)(row.at(c))));
        lines.append(
            QString::number(r < table->lineNumbers.size() ? table->lineNumbers.at(r) : r + 2));
    }
    m_table->setVerticalHeaderLabels(lines);
    m_table->resizeColumnsToContents();
    const QString source =
        table->encoding.isEmpty() ? tr("Excel workbook") : tr("Encoding: %1").arg(table->encoding);
    m_info->setText(
        tr("%1 · %2 column(s) · the first %n data row(s)", nullptr, int(table->rows.size()))
            .arg(source)
            .arg(table->headers.size()));
    Q_EMIT completeChanged();
}

// ---- Shared runner -------------------------------------------------------------------------

ImportRunner::ImportRunner(ImportWizard *wizard, QProgressBar *bar)
    : QObject(wizard), m_wizard(wizard), m_bar(bar)
{
    m_poll = new QTimer(this);
    m_poll->setInterval(kProgressPollMs);
    connect(m_poll, &QTimer::timeout, this, &ImportRunner::showProgress);
}

ImportRunner::~ImportRunner() = default; // m_task (a child) cancels and waits

bool ImportRunner::isRunning() const
{
    return m_task && m_task->isRunning();
}

void ImportRunner::cancel()
{
    if (m_task)
        m_task->cancel();
}

void ImportRunner::start(bool dryRun)
{
    delete m_task; // a previous run (left with Back) was cancelled; wait for it to end
    Database &db = m_wizard->context().db();
    m_task = new BackgroundTask(db, this);
    m_progress = std::make_shared<ImportProgress>();
    m_report = {};
    const Io::Kind kind = m_wizard->kind();
    const QString path = m_wizard->filePath();
    Io::ImportOptions options;
    options.read = m_wizard->readOptions();
    options.dryRun = dryRun;
    options.sourceDate = m_wizard->sourceDate();
    options.progress = [progress = m_progress, task = m_task](int done, int total) {
        progress->done.store(done);
        progress->total.store(total);
        return !task->isCancelled(); // the task outlives its thread (its destructor waits)
    };
    m_task->start<Io::ImportReport>(
        [&db, kind, path, options] { return Io::importFile(db, kind, path, options); },
        [this](Io::ImportReport report) {
            m_poll->stop();
            m_report = std::move(report);
            m_bar->setRange(0, 1);
            m_bar->setValue(1);
            Q_EMIT finished();
        });
    m_bar->setRange(0, 0); // busy until the first progress report
    m_bar->setValue(0);
    m_poll->start();
}

void ImportRunner::showProgress()
{
    const int total = m_progress->total.load();
    if (total <= 0)
        return;
    m_bar->setRange(0, total);
    m_bar->setValue(qMin(m_progress->done.load(), total));
}

// ---- Page 3 --------------------------------------------------------------------------------

ImportCheckPage::ImportCheckPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Check"));
    setSubTitle(tr("Every row is validated before anything is written."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Import"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("checkSummary"));
    m_summary->setWordWrap(true);
    m_bar = new QProgressBar(this);
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("problemList"));
    m_problems->setWordWrap(true);
    m_runner = new ImportRunner(wizard, m_bar);
    connect(m_runner, &ImportRunner::finished, this, &ImportCheckPage::showReport);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_bar);
    layout->addWidget(m_problems, 1);
}

void ImportCheckPage::initializePage()
{
    m_done = false;
    m_report = {};
    m_problems->clear();
    m_bar->show();
    m_summary->setText(tr("Checking every row…"));
    m_runner->start(true);
    Q_EMIT completeChanged();
}

void ImportCheckPage::cleanupPage()
{
    m_runner->cancel();
}

bool ImportCheckPage::isComplete() const
{
    return m_done && !m_report.cancelled && !m_report.hasErrors();
}

void ImportCheckPage::showReport()
{
    m_report = m_runner->report();
    m_done = true;
    m_bar->hide();
    fillProblems(m_problems, m_report.problems);
    const int errors = m_report.errorCount();
    if (m_report.cancelled)
        m_summary->setText(tr("The check was cancelled."));
    else if (errors > 0)
        m_summary->setText(tr("%n error(s) found. Nothing can be imported until they are corrected "
                              "in the file: correct it, then go back and check it again.",
                              nullptr, errors));
    else
        m_summary->setText(
            tr("No errors in %n row(s): %1 new, %2 updated, %3 unchanged. Warnings and notes do "
               "not stop the import. Click Import to write the rows.",
               nullptr, m_report.rows)
                .arg(m_report.inserted)
                .arg(m_report.updated)
                .arg(m_report.unchanged));
    Q_EMIT completeChanged();
    Q_EMIT finished();
}

// ---- Page 4 --------------------------------------------------------------------------------

ImportRunPage::ImportRunPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Import"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("importProgress"));
    m_cancel = new QPushButton(tr("Cancel import"), this);
    m_cancel->setObjectName(QStringLiteral("cancelImportButton"));
    connect(m_cancel, &QPushButton::clicked, this, &ImportRunPage::cancelImport);
    m_problems = new QListWidget(this);
    m_problems->setWordWrap(true);
    m_runner = new ImportRunner(wizard, m_bar);
    connect(m_runner, &ImportRunner::finished, this, &ImportRunPage::showReport);
    auto *row = new QHBoxLayout;
    row->addWidget(m_bar, 1);
    row->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_result);
    layout->addLayout(row);
    layout->addWidget(m_problems, 1);
}

void ImportRunPage::initializePage()
{
    m_done = false;
    m_report = {};
    m_problems->clear();
    m_problems->hide();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_result->setText(
        tr("Importing %1 from %2…")
            .arg(Io::kindLabel(m_wizard->kind()), QFileInfo(m_wizard->filePath()).fileName()));
    m_runner->start(false);
    Q_EMIT completeChanged();
}

bool ImportRunPage::isComplete() const
{
    return m_done;
}

void ImportRunPage::cancelImport()
{
    if (!m_runner->isRunning())
        return;
    m_runner->cancel();
    m_cancel->setEnabled(false);
    m_result->setText(tr("Cancelling… nothing will be written."));
}

void ImportRunPage::showReport()
{
    m_report = m_runner->report();
    m_done = true;
    m_cancel->hide();
    if (m_report.committed) {
        m_result->setText(
            tr("Imported %n row(s): %1 new, %2 updated, %3 unchanged.", nullptr, m_report.rows)
                .arg(m_report.inserted)
                .arg(m_report.updated)
                .arg(m_report.unchanged));
        m_wizard->context().notifyDataChanged(Io::kindName(m_wizard->kind()));
    } else if (m_report.cancelled) {
        m_result->setText(tr("The import was cancelled. Nothing was written."));
    } else {
        // The file or the data changed since the check: say so, nothing was written.
        m_result->setText(tr("The import stopped and nothing was written:"));
        fillProblems(m_problems, m_report.problems);
        m_problems->show();
    }
    Q_EMIT completeChanged();
    Q_EMIT finished();
}

} // namespace Jiandu::Ui
