// The task dialog over a real database: validation shown under the fields, the deadline as
// written beside what it means, saving through TaskRepository, the status buttons following
// the flow (a return asks for a reason; a refused step shows the repository's reason),
// progress reports, extensions and the history.

#include "appcontext.h"
#include "dialoghook.h"
#include "dialogs/taskdialog.h"
#include "supervisionfixture.h"
#include "support/testdatabase.h"
#include "widgets/optionaldateedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QtTest>

using namespace Jiandu;
using namespace Jiandu::Ui;
using namespace Qt::StringLiterals;

class TstTaskDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestDatabase> m_t;
    std::unique_ptr<AppContext> m_context;
    Test::SupervisionFixture m_f;

    std::unique_ptr<TaskDialog> open(qint64 taskId)
    {
        RectificationTask t;
        t.id = taskId;
        auto dialog = std::make_unique<TaskDialog>(*m_context, t);
        dialog->show();
        return dialog;
    }

    RectificationTask stored(qint64 id)
    {
        return TaskRepository(m_t->db()).find(id).value().value();
    }

    template <typename T> T *child(QWidget *w, const QString &name)
    {
        auto *c = w->findChild<T *>(name);
        if (!c)
            qFatal("no child %s", qPrintable(name));
        return c;
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

    void validationUnderTheFieldsThenSave()
    {
        RectificationTask draft;
        draft.activityId = m_f.inspection;
        TaskDialog dialog(*m_context, draft);
        dialog.show();
        const qint64 before = m_t->rowCount(u"rectification_task"_s);
        QVERIFY(!dialog.save());
        for (const QString &field : {u"seq"_s, u"problem"_s, u"deadline"_s}) {
            QVERIFY2(dialog.problemLabel(field)->isVisible(), qPrintable(field));
            QVERIFY(!dialog.problemLabel(field)->text().isEmpty());
        }
        QVERIFY(!dialog.problemLabel(u"activity"_s)->isVisible());
        QCOMPARE(m_t->rowCount(u"rectification_task"_s), before);

        QTest::keyClicks(child<QLineEdit>(&dialog, u"seqEdit"_s), u"13"_s);
        child<QPlainTextEdit>(&dialog, u"problemEdit"_s)->insertPlainText(u"执法公示不及时"_s);
        child<QPlainTextEdit>(&dialog, u"measuresEdit"_s)->setPlainText(u"建立公示台账"_s);
        child<QLineEdit>(&dialog, u"leadUnitEdit"_s)->setText(u"县城市管理局"_s);
        child<QLineEdit>(&dialog, u"unitsEdit"_s)->setText(u"县市场监督管理局、县交通运输局"_s);
        child<QLineEdit>(&dialog, u"deadlineEdit"_s)->insert(u"6月底"_s);
        // Understood from the activity's source date (2025-01-10): 2025-06-30, shown beside.
        const QString meaning = child<QLabel>(&dialog, u"deadlineMeaning"_s)->text();
        QVERIFY2(meaning.contains(u"2025"_s), qPrintable(meaning));
        QVERIFY(dialog.save());
        QVERIFY(!dialog.problemLabel(u"seq"_s)->isVisible());
        QCOMPARE(m_t->rowCount(u"rectification_task"_s), before + 1);
        const RectificationTask t = stored(dialog.taskId());
        QCOMPARE(t.problem, u"执法公示不及时"_s);
        QCOMPARE(t.responsibleUnits.size(), 2);
        QCOMPARE(t.responsibleUnits.at(1).name, u"县交通运输局"_s);
        QCOMPARE(t.deadline.text, u"6月底"_s);
        QCOMPARE(t.deadline.date, std::optional(QDate(2025, 6, 30)));
        QVERIFY(t.leadUnit && t.leadUnit->agencyId == m_f.urban);
    }

    void deadlineNotUnderstoodCanBeSetByHand()
    {
        auto dialog = open(m_f.tasks.at(3)); // 按照市级有关部门部署推进
        const QString meaning = child<QLabel>(dialog.get(), u"deadlineMeaning"_s)->text();
        QVERIFY(!meaning.isEmpty());
        auto *manual = child<OptionalDateEdit>(dialog.get(), u"manualDateEdit"_s);
        manual->setDate(QDate(2025, 9, 30));
        QVERIFY(child<QLabel>(dialog.get(), u"deadlineMeaning"_s)->text() != meaning);
        QVERIFY(dialog->save());
        const RectificationTask t = stored(m_f.tasks.at(3));
        QCOMPARE(t.deadline.text, u"按照市级有关部门部署推进"_s); // kept as written
        QCOMPARE(t.deadline.date, std::optional(QDate(2025, 9, 30)));
        QVERIFY(t.deadline.manual);
    }

    void statusButtonsFollowTheFlow()
    {
        const qint64 id = m_f.tasks.at(9); // not started
        auto dialog = open(id);
        QCOMPARE(dialog->visibleSteps(), QStringList{u"startButton"_s});
        child<QPushButton>(dialog.get(), u"startButton"_s)->click();
        QCOMPARE(stored(id).status, TaskStatus::InProgress);
        QCOMPARE(dialog->visibleSteps(), QStringList{u"completeButton"_s});
        child<QPushButton>(dialog.get(), u"completeButton"_s)->click();
        QCOMPARE(stored(id).status, TaskStatus::Completed);
        QCOMPARE(dialog->visibleSteps(), (QStringList{u"returnButton"_s, u"signOffButton"_s}));

        // A return asks for a reason; an empty one is refused by the repository, and its
        // reason is shown.
        Test::answerNextDialog<QInputDialog>([](QInputDialog *d) {
            d->setTextValue(QString());
            d->accept();
        });
        child<QPushButton>(dialog.get(), u"returnButton"_s)->click();
        QCOMPARE(stored(id).status, TaskStatus::Completed);
        QVERIFY(!dialog->flowMessage().isEmpty());

        Test::answerNextDialog<QInputDialog>([](QInputDialog *d) {
            d->setTextValue(u"整改材料不全"_s);
            d->accept();
        });
        child<QPushButton>(dialog.get(), u"returnButton"_s)->click();
        QCOMPARE(stored(id).status, TaskStatus::InProgress);
        QVERIFY(dialog->flowMessage().isEmpty());
        const auto events = TaskRepository(m_t->db()).events(id).value();
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.last().reason, u"整改材料不全"_s);

        child<QPushButton>(dialog.get(), u"completeButton"_s)->click();
        child<QPushButton>(dialog.get(), u"signOffButton"_s)->click();
        const RectificationTask t = stored(id);
        QCOMPARE(t.status, TaskStatus::SignedOff);
        QCOMPARE(t.closedOn, m_context->today());
        QVERIFY(dialog->visibleSteps().isEmpty()); // nothing after 销号

        // The history lists the steps and the audit trail of the task.
        QVERIFY(child<QTableWidget>(dialog.get(), u"eventTable"_s)->rowCount() >= 5);
        QVERIFY(child<QTableWidget>(dialog.get(), u"auditTable"_s)->rowCount() >= 1);
    }

    void progressReportAdded()
    {
        const qint64 id = m_f.tasks.at(6); // in progress
        auto dialog = open(id);
        auto *table = child<QTableWidget>(dialog.get(), u"progressTable"_s);
        QCOMPARE(table->rowCount(), 0);
        child<QPushButton>(dialog.get(), u"addProgressButton"_s)->click(); // nothing said
        QVERIFY(!child<QLabel>(dialog.get(), u"progressProblem"_s)->isHidden());
        child<QPlainTextEdit>(dialog.get(), u"doneEdit"_s)->insertPlainText(u"已完成培训两期"_s);
        child<QSpinBox>(dialog.get(), u"percentSpin"_s)->setValue(60);
        child<QLineEdit>(dialog.get(), u"remainingEdit"_s)->setText(u"案卷回查"_s);
        child<OptionalDateEdit>(dialog.get(), u"expectedOnEdit"_s)->setDate(QDate(2025, 4, 30));
        child<QPushButton>(dialog.get(), u"addProgressButton"_s)->click();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), u"已完成培训两期"_s);
        const auto reports = TaskRepository(m_t->db()).progress(id).value();
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports.first().percent, 60);
        QCOMPARE(reports.first().expectedOn, QDate(2025, 4, 30));
    }

    void extensionRequestedAndApproved()
    {
        const qint64 id = m_f.tasks.at(4); // completed, overdue
        auto dialog = open(id);
        auto *approve = child<QPushButton>(dialog.get(), u"approveExtensionButton"_s);
        QVERIFY(approve->isHidden());
        child<QDateEdit>(dialog.get(), u"extensionDateEdit"_s)->setDate(QDate(2025, 5, 31));
        child<QLineEdit>(dialog.get(), u"extensionReasonEdit"_s)->setText(u"涉及多部门协调"_s);
        child<QPushButton>(dialog.get(), u"requestExtensionButton"_s)->click();
        QVERIFY2(dialog->flowMessage().isEmpty(), qPrintable(dialog->flowMessage()));
        QVERIFY(!approve->isHidden());
        QVERIFY(!child<QPushButton>(dialog.get(), u"requestExtensionButton"_s)->isEnabled());
        approve->click();
        QVERIFY(approve->isHidden());
        const RectificationTask t = stored(id);
        QCOMPARE(t.deadline.date, std::optional(QDate(2025, 5, 31)));
        QCOMPARE(t.deadline.text, u"2025年2月底前"_s);
    }

    void screenshot()
    {
        const QString out = qEnvironmentVariable("JIANDU_SCREENSHOTS");
        if (out.isEmpty())
            QSKIP("set JIANDU_SCREENSHOTS to a folder to write the screenshots");
        const qint64 id = m_f.tasks.at(4); // completed, overdue
        TaskProgress p;
        p.taskId = id;
        p.reportedOn = QDate(2025, 2, 10);
        p.done = u"已组织全局执法人员开展文书制作专题培训两期，对2024年度案卷逐卷回查"_s;
        p.percent = 80;
        p.remaining = u"个别案卷补正材料"_s;
        p.expectedOn = QDate(2025, 2, 25);
        QVERIFY(TaskRepository(m_t->db()).addProgress(p).ok());
        auto dialog = open(id);
        dialog->resize(860, 700);
        QVERIFY(dialog->grab().save(out + u"/task-dialog.png"_s));
        dialog->findChild<QTabWidget *>()->setCurrentIndex(2);
        QVERIFY(dialog->grab().save(out + u"/task-dialog-flow.png"_s));
        dialog->findChild<QTabWidget *>()->setCurrentIndex(1);
        QVERIFY(dialog->grab().save(out + u"/task-dialog-progress.png"_s));
    }
};

QTEST_MAIN(TstTaskDialog)
#include "tst_taskdialog.moc"
