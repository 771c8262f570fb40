// The 监督与整改 page over a real database: activities with their completion rates, the
// ledger filters, completion per unit, the task dialog on double-click, the ledger written
// to PDF through the page's own code path (worker thread and progress dialog) and its
// cancellation, findings and a task or a document drafted from one, tasks imported through
// the import wizard.

#include "appcontext.h"
#include "documents/ledgerdocument.h"
#include "dialogs/activitydialog.h"
#include "dialogs/documenteditor.h"
#include "dialogs/importwizard.h"
#include "dialogs/taskdialog.h"
#include "models/tasktablemodel.h"
#include "pages/supervisionpage.h"
#include "supervisionfixture.h"
#include "support/testdatabase.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QtTest>

using namespace Jiandu;
using namespace Jiandu::Ui;
using namespace Qt::StringLiterals;

class TstSupervisionPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestDatabase> m_t;
    std::unique_ptr<AppContext> m_context;
    Test::SupervisionFixture m_f;

    std::unique_ptr<SupervisionPage> makePage()
    {
        auto page = std::make_unique<SupervisionPage>(*m_context);
        page->resize(1400, 800);
        page->show();
        page->waitForBackgroundWork();
        return page;
    }

    static QString cell(QTableWidget *table, qint64 id, int column)
    {
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->data(Qt::UserRole + 1).toLongLong() == id)
                return table->item(r, column)->text();
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<Test::TestDatabase>();
        m_context = std::make_unique<AppContext>(m_t->db(), m_t->clock());
        m_f = {};
        m_f.fill(m_t->db());
    }
    void cleanup()
    {
        m_context.reset();
        m_t.reset();
    }

    void activitiesShowTheirCompletionRate()
    {
        auto page = makePage();
        auto *activities = page->findChild<QTableWidget *>(u"activityTable"_s);
        QCOMPARE(activities->rowCount(), 3); // all, and the two activities
        QCOMPARE(cell(activities, m_f.inspection, 1), u"12"_s);
        QCOMPARE(cell(activities, m_f.inspection, 2), u"25%"_s); // 3 of 12 signed off
        QCOMPARE(cell(activities, m_f.inspection, 3), u"2"_s);   // overdue
        QCOMPARE(cell(activities, m_f.campaign, 2), u"0%"_s);
        QCOMPARE(cell(activities, 0, 1), u"15"_s);
        QCOMPARE(page->model()->totalCount(), qint64(15));
    }

    void filtersChangeTheRows()
    {
        auto page = makePage();
        TaskTableModel *model = page->model();
        page->selectActivity(m_f.inspection);
        page->waitForBackgroundWork();
        QCOMPARE(page->currentActivityId(), m_f.inspection);
        QCOMPARE(model->totalCount(), qint64(12));
        // Completion per unit for the chosen activity.
        auto *units = page->findChild<QTableWidget *>(u"unitTable"_s);
        QVERIFY(units->rowCount() >= 2);
        auto *status = page->findChild<QComboBox *>(u"statusFilter"_s);
        status->setCurrentIndex(status->findData(Vocab::code(TaskStatus::Completed)));
        page->waitForBackgroundWork();
        QCOMPARE(model->totalCount(), qint64(3));
        status->setCurrentIndex(0);
        page->findChild<QCheckBox *>(u"overdueFilter"_s)->setChecked(true);
        page->waitForBackgroundWork();
        QCOMPARE(model->totalCount(), qint64(2));
        page->findChild<QCheckBox *>(u"overdueFilter"_s)->setChecked(false);
        auto *agency = page->findChild<QComboBox *>(u"agencyFilter"_s);
        agency->setCurrentIndex(agency->findData(m_f.market));
        page->waitForBackgroundWork();
        QCOMPARE(model->totalCount(), qint64(8)); // lead 9–12, responsible in 1, 3, 5, 7
        agency->setCurrentIndex(0);
        auto *search = page->findChild<QLineEdit *>(u"searchBox"_s);
        search->setText(u"公示"_s); // as typed: textChanged starts the timer
        QTRY_COMPARE(model->query().text, u"公示"_s); // after the typing pause
        page->waitForBackgroundWork();
        QCOMPARE(model->totalCount(), qint64(4));
        QVERIFY(page->findChild<QLabel *>(u"countLabel"_s)->text().contains(u"4"_s));
        search->clear();
        page->findChild<QLineEdit *>(u"unitFilter"_s)->setText(u"交通"_s);
        page->selectActivity(0);
        page->applyFilters();
        page->waitForBackgroundWork();
        QCOMPARE(model->totalCount(), qint64(3));
    }

    void doubleClickOpensTheTask()
    {
        auto page = makePage();
        page->selectActivity(m_f.inspection);
        auto *table = page->findChild<QTableView *>(u"taskTable"_s);
        const QPoint at = table->visualRect(page->model()->index(1, TaskTableModel::Problem)).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
        auto *dialog = page->findChild<TaskDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->taskId(), m_f.tasks.at(1));
        dialog->close();
    }

    void ledgerToPdf()
    {
        auto page = makePage();
        page->selectActivity(m_f.inspection);
        const auto ledger = page->ledger();
        QVERIFY2(ledger.ok(), ledger.ok() ? "" : qPrintable(ledger.error().toString()));
        QCOMPARE(ledger->rows.size(), 12);
        QVERIFY(ledger->subtitle.contains(u"2025年度行政执法监督检查"_s));
        const QString path = m_t->filePath(u"台账.pdf"_s);
        const auto pages = page->writeLedgerPdf(path);
        QVERIFY2(pages.ok(), pages.ok() ? "" : qPrintable(pages.error().toString()));
        QVERIFY(pages.value() >= 1);
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
        if (const QString keep = qEnvironmentVariable("JIANDU_SCREENSHOTS"); !keep.isEmpty())
            QFile::copy(path, keep + u"/ledger.pdf"_s);
    }

    void ledgerPdfCanBeCancelled()
    {
        m_t = std::make_unique<Test::TestDatabase>();
        m_context = std::make_unique<AppContext>(m_t->db(), m_t->clock());
        m_f = {};
        m_f.fill(m_t->db(), 600); // long enough to cancel while it is being laid out
        auto page = makePage();
        page->selectActivity(m_f.bulkActivity);
        // The progress dialog shows after a moment; press its Cancel as soon as it exists.
        bool pressed = false;
        QTimer::singleShot(0, page.get(), [&page, &pressed] {
            if (auto *d = page->findChild<QProgressDialog *>(u"progressDialog"_s))
                if (auto *cancel = d->findChild<QPushButton *>()) {
                    cancel->click();
                    pressed = true;
                }
        });
        const QString path = m_t->filePath(u"cancelled.pdf"_s);
        const auto pages = page->writeLedgerPdf(path);
        QVERIFY(pressed);
        QVERIFY(!pages.ok());
        QCOMPARE(pages.error().code, Error::Code::Usage);
        QVERIFY(!QFile::exists(path));
    }

    void exportsTheChosenActivity()
    {
        auto page = makePage();
        page->selectActivity(m_f.inspection);
        const QString path = m_t->filePath(u"tasks.csv"_s);
        const auto written = page->exportTo(path);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().toString()));
        QCOMPARE(written.value(), 12);
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(csv.readAll()).contains(u"未按时公示行政处罚信息1"_s));
    }

    void taskFromFinding()
    {
        auto page = makePage();
        page->selectActivity(m_f.inspection);
        auto *findings = page->findChild<QTableWidget *>(u"findingTable"_s);
        QCOMPARE(findings->rowCount(), 2);
        findings->selectRow(0);
        auto *button = page->findChild<QPushButton *>(u"taskFromFindingButton"_s);
        button->click();
        auto *dialog = page->findChild<TaskDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->taskId(), 0);
        QVERIFY(dialog->findChild<QPlainTextEdit *>(u"problemEdit"_s)->toPlainText().contains(
            findings->item(0, 1)->text()));
        QCOMPARE(dialog->findChild<QLineEdit *>(u"seqEdit"_s)->text(), u"13"_s);
        dialog->findChild<QLineEdit *>(u"deadlineEdit"_s)->setText(u"2025年5月底前"_s);
        QVERIFY(dialog->save());
        QVERIFY(dialog->task().findingId.has_value());
        dialog->close();
        page->waitForBackgroundWork();
        QCOMPARE(page->model()->totalCount(), qint64(13));
    }

    // The ledger's "Import tasks…" opens the wizard on tasks with the chosen activity's source
    // date; once the wizard imported, the activities and the ledger show the new tasks.
    void importTasksThroughTheWizard()
    {
        auto page = makePage();
        page->selectActivity(m_f.inspection);
        page->findChild<QAction *>(u"importTasksAction"_s)->trigger();
        auto *wizard = page->findChild<ImportWizard *>();
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        QCOMPARE(wizard->kind(), Io::Kind::Tasks);
        QCOMPARE(wizard->sourceDate(), QDate(2025, 1, 10)); // the inspection's
        wizard->setFilePath(QStringLiteral(JIANDU_TEST_DATA_DIR "/import/tasks-seed001.csv"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPageId));
        QSignalSpy checked(wizard, &ImportWizard::checkFinished);
        wizard->next();
        QVERIFY(checked.wait(10000));
        QVERIFY(!wizard->checkReport().hasErrors());
        QSignalSpy imported(wizard, &ImportWizard::importFinished);
        wizard->next();
        QVERIFY(imported.wait(10000));
        QVERIFY(wizard->importReport().committed);
        QCOMPARE(wizard->importReport().inserted, 14);
        // Refreshed at once: the new source among the activities, the chosen one kept.
        page->waitForBackgroundWork();
        auto *activities = page->findChild<QTableWidget *>(u"activityTable"_s);
        QCOMPARE(activities->rowCount(), 4);
        QCOMPARE(cell(activities, 0, 1), u"29"_s);
        QCOMPARE(page->currentActivityId(), m_f.inspection);
        const auto source = ActivityRepository(m_t->db()).findByName(u"省司法厅驻站式执法监督反馈问题整改"_s);
        QVERIFY(source && source.value());
        QCOMPARE(cell(activities, source.value()->id, 1), u"14"_s);
        page->selectActivity(source.value()->id);
        page->waitForBackgroundWork();
        QCOMPARE(page->model()->totalCount(), qint64(14));
        wizard->accept();

        // Without a chosen activity (or one without a source date) the date stays empty.
        page->selectActivity(0);
        auto *plain = page->importTasks();
        QCOMPARE(plain->kind(), Io::Kind::Tasks);
        QVERIFY(!plain->sourceDate().isValid());
        plain->reject();
    }

    // "Draft a document…" on the findings tab: a 整改通知书 by default, any kind from its menu,
    // in the document editor, not yet saved.
    void draftDocumentFromFinding()
    {
        auto page = makePage();
        page->selectActivity(m_f.inspection);
        auto *findings = page->findChild<QTableWidget *>(u"findingTable"_s);
        auto *draft = page->findChild<QToolButton *>(u"draftDocumentButton"_s);
        QVERIFY(draft);
        QVERIFY(!draft->isEnabled()); // no finding chosen
        QVERIFY(!page->findChild<QPushButton *>(u"taskFromFindingButton"_s)->isEnabled());
        findings->selectRow(0);
        QCOMPARE(page->currentFindingId(), m_f.findings.at(0));
        QVERIFY(draft->isEnabled());
        draft->click();
        auto *editor = page->findChild<DocumentEditor *>();
        QVERIFY(editor);
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->documentId(), 0);
        QVERIFY(editor->isDraft());
        QCOMPARE(editor->document().kind, DocumentKind::RectificationNotice);
        QCOMPARE(editor->document().findingId, std::optional<qint64>(m_f.findings.at(0)));
        QCOMPARE(editor->document().recipientAgencyId, std::optional<qint64>(m_f.urban));
        QCOMPARE(editor->findChild<QComboBox *>(u"kindCombo"_s)->currentData().toString(),
                 Vocab::code(DocumentKind::RectificationNotice));
        editor->close(); // deleted on close
        QTRY_VERIFY(!page->findChild<DocumentEditor *>());

        QMenu *menu = draft->menu();
        QCOMPARE(menu->defaultAction()->text(), Vocab::label(DocumentKind::RectificationNotice));
        QCOMPARE(menu->actions().size(), int(Vocab::all<DocumentKind>().size()));
        findings->selectRow(1);
        menu->findChild<QAction *>(u"draft_opinion"_s)->trigger();
        editor = page->findChild<DocumentEditor *>();
        QVERIFY(editor);
        QCOMPARE(editor->document().kind, DocumentKind::Opinion);
        QCOMPARE(editor->document().recipientAgencyId, std::optional<qint64>(m_f.market));
        QVERIFY(editor->save());
        QVERIFY(editor->documentId() > 0);
        editor->close();
    }

    void newActivityThroughTheDialog()
    {
        auto page = makePage();
        auto *dialog = new ActivityDialog(*m_context, 0, page.get());
        dialog->show();
        QVERIFY(!dialog->save()); // no name
        QVERIFY(dialog->findChild<QLabel *>(u"nameProblem"_s)->isVisible());
        dialog->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"驻所式监督（城管）"_s);
        auto *kind = dialog->findChild<QComboBox *>(u"kindCombo"_s);
        kind->setCurrentIndex(kind->findData(Vocab::code(SupervisionKind::Resident)));
        auto *targets = dialog->findChild<QListWidget *>(u"targetList"_s);
        targets->item(0)->setCheckState(Qt::Checked);
        QVERIFY(dialog->save());
        const auto saved = ActivityRepository(m_t->db()).find(dialog->activityId()).value().value();
        QCOMPARE(saved.kind, SupervisionKind::Resident);
        QCOMPARE(saved.targetAgencyIds.size(), 1);
        QCOMPARE(saved.sourceDate, m_context->today());
        // The page listed it at once (dataChanged).
        auto *activities = page->findChild<QTableWidget *>(u"activityTable"_s);
        QCOMPARE(activities->rowCount(), 4);
        QCOMPARE(cell(activities, saved.id, 2), u"—"_s); // no tasks yet
        // The same name again is refused under the field.
        auto *again = new ActivityDialog(*m_context, 0, page.get());
        again->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"驻所式监督（城管）"_s);
        QVERIFY(!again->save());
        QVERIFY(!again->findChild<QLabel *>(u"nameProblem"_s)->isHidden());
    }

    void screenshot()
    {
        const QString out = qEnvironmentVariable("JIANDU_SCREENSHOTS");
        if (out.isEmpty())
            QSKIP("set JIANDU_SCREENSHOTS to a folder to write the screenshot");
        const QStringList reports = {u"已完成培训一期，正在逐案回查"_s, u"已制定整改方案"_s,
                                     u"已完成60%案卷补正"_s};
        for (int i = 0; i < reports.size(); ++i) {
            TaskProgress p;
            p.taskId = m_f.tasks.at(6 + i);
            p.reportedOn = QDate(2025, 2, 20);
            p.done = reports.at(i);
            p.percent = 30 + 20 * i;
            QVERIFY(TaskRepository(m_t->db()).addProgress(p).ok());
        }
        auto page = makePage();
        page->resize(1440, 820);
        page->selectActivity(m_f.inspection);
        page->waitForBackgroundWork();
        QVERIFY(page->grab().save(out + u"/supervision.png"_s));
        page->findChild<QTabWidget *>(u"supervisionTabs"_s)->setCurrentIndex(1);
        page->findChild<QTableWidget *>(u"findingTable"_s)->selectRow(0);
        QVERIFY(page->grab().save(out + u"/supervision-findings.png"_s));
    }
};

QTEST_MAIN(TstSupervisionPage)
#include "tst_supervisionpage.moc"
