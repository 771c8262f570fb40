// TaskTableModel over a real database: paging through fetchMore, the total counted off the
// GUI thread, the ledger filters, the columns, overdue and undated deadlines marked.

#include "models/tasktablemodel.h"
#include "supervisionfixture.h"
#include "support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QtTest>

using namespace Jiandu;
using namespace Jiandu::Ui;
using namespace Qt::StringLiterals;

class TstTaskTableModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestDatabase> m_t;
    Test::SupervisionFixture m_f;

    TaskQuery query() const
    {
        TaskQuery q;
        q.asOf = QDate(2025, 3, 1);
        return q;
    }

    qint64 countFor(TaskTableModel &model, const TaskQuery &q)
    {
        model.setQuery(q);
        model.waitForCount();
        return model.totalCount();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_t = std::make_unique<Test::TestDatabase>();
        m_f.fill(m_t->db(), 450);
    }
    void cleanupTestCase() { m_t.reset(); }

    void passesModelTester()
    {
        TaskTableModel model(m_t->db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(query());
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 465);
        TaskQuery q = query();
        q.text = u"不存在的问题"_s;
        model.setQuery(q);
        QCOMPARE(model.rowCount(), 0);
        model.waitForCount();
    }

    void pagesLazily()
    {
        TaskTableModel model(m_t->db());
        QSignalSpy totals(&model, &TaskTableModel::totalChanged);
        model.setQuery(query());
        QCOMPARE(model.rowCount(), TaskTableModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        model.waitForCount();
        QCOMPARE(model.totalCount(), qint64(12 + 3 + 450));
        QVERIFY(!totals.isEmpty());
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * TaskTableModel::kPageSize);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 465);
        QVERIFY(!model.canFetchMore({}));
        // Ledger order: activity, then position; no row twice across pages.
        QSet<qint64> ids;
        for (int r = 0; r < model.rowCount(); ++r)
            ids.insert(model.taskId(r));
        QCOMPARE(ids.size(), 465);
    }

    void filters()
    {
        TaskTableModel model(m_t->db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TaskQuery q = query();
        q.activityId = m_f.inspection;
        QCOMPARE(countFor(model, q), qint64(12));
        QCOMPARE(model.rowCount(), 12);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(0, TaskTableModel::Seq).data().toString(), u"1"_s);
        q.status = TaskStatus::SignedOff;
        QCOMPARE(countFor(model, q), qint64(3));
        q.status.reset();
        q.overdueOnly = true;
        QCOMPARE(countFor(model, q), qint64(2));
        q.overdueOnly = false;
        q.text = u"公示"_s;
        QCOMPARE(countFor(model, q), qint64(4));
        q = query();
        q.unit = u"交通"_s;
        QCOMPARE(countFor(model, q), qint64(3));
        q = query();
        q.activityId = m_f.inspection;
        q.agencyId = m_f.urban; // lead 1–8, responsible in 9 and 11
        QCOMPARE(countFor(model, q), qint64(10));
    }

    void columnsAndMarks()
    {
        TaskTableModel model(m_t->db());
        TaskQuery q = query();
        q.activityId = m_f.inspection;
        model.setQuery(q);
        QCOMPARE(model.columnCount(), int(TaskTableModel::ColumnCount));
        QCOMPARE(model.headerData(TaskTableModel::Deadline, Qt::Horizontal).toString(),
                 TaskTableModel::tr("Deadline"));
        // Task 1: signed off, not overdue although its date has passed.
        QVERIFY(model.index(0, TaskTableModel::Completion).data().toString()
                    .startsWith(Vocab::label(TaskStatus::SignedOff)));
        QVERIFY(model.index(0, TaskTableModel::Completion).data().toString().contains(u"2025-02-20"_s));
        QVERIFY(!model.index(0, 0).data(TaskTableModel::OverdueRole).toBool());
        // Task 5 (i = 4): completed but past 2025-02-28 and not signed off: overdue.
        QVERIFY(model.index(4, 0).data(TaskTableModel::OverdueRole).toBool());
        QVERIFY(model.index(4, TaskTableModel::Problem).data(Qt::BackgroundRole).value<QBrush>() != QBrush());
        QVERIFY(model.index(4, TaskTableModel::Deadline).data(Qt::ToolTipRole).toString().contains(
            TaskTableModel::tr("Overdue")));
        // Task 4 (i = 3): a deadline not understood is flagged, with the text kept as written.
        QVERIFY(model.index(3, 0).data(TaskTableModel::UndatedRole).toBool());
        QVERIFY(model.index(3, TaskTableModel::Deadline).data().toString().contains(
            u"按照市级有关部门部署推进"_s));
        QVERIFY(!model.index(3, TaskTableModel::Deadline).data(Qt::ToolTipRole).toString().isEmpty());
        // Task 3 (i = 2): open-ended, not flagged.
        QVERIFY(!model.index(2, 0).data(TaskTableModel::UndatedRole).toBool());
        QCOMPARE(model.index(2, TaskTableModel::Deadline).data().toString(), u"长期坚持"_s);
        QCOMPARE(model.index(0, TaskTableModel::LeadUnit).data().toString(), u"县城市管理局"_s);
        QVERIFY(model.index(0, TaskTableModel::ResponsibleUnits).data().toString().contains(u"县市场监督管理局"_s));
        QCOMPARE(model.index(0, 0).data(TaskTableModel::TaskIdRole).toLongLong(), m_f.tasks.first());
    }
};

QTEST_MAIN(TstTaskTableModel)
#include "tst_tasktablemodel.moc"
