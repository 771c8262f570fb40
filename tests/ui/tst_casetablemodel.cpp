// CaseTableModel over a real database: keyset paging through fetchMore, the total counted
// off the GUI thread, filters and search, the columns.

#include "models/casetablemodel.h"
#include "storage/caserepository.h"
#include "storage/transaction.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Jiandu;
using namespace Jiandu::Ui;
using namespace Qt::StringLiterals;

class TstCaseTableModel : public QObject
{
    Q_OBJECT

private:
    qint64 m_a = 0;
    qint64 m_b = 0;

    // 450 cases: 300 in agency a, 150 in b; filed one a day from 2023-01-01 (some days
    // twice, so the id breaks ties); every 2nd decided, every 5th closed, every 7th major,
    // every 3rd a licence case; titles 占道经营案 / 无证经营案 alternate.
    void fill(Test::TestDatabase &tdb)
    {
        m_a = Test::addAgency(tdb.db(), u"县城市管理局"_s);
        m_b = Test::addAgency(tdb.db(), u"县市场监督管理局"_s);
        Transaction tx(tdb.db());
        CaseRepository repo(tdb.db());
        for (int i = 0; i < 450; ++i) {
            EnforcementCase c;
            c.caseNo = u"案-%1"_s.arg(i, 3, 10, QLatin1Char('0'));
            c.agencyId = i < 300 ? m_a : m_b;
            c.kind = i % 3 == 0 ? CaseKind::Licence : CaseKind::Penalty;
            c.title = i % 2 == 0 ? u"占道经营案"_s : u"无证经营案"_s;
            c.party = u"当事人%1"_s.arg(i);
            c.openedOn = QDate(2023, 1, 1).addDays(i - i / 4);
            if (i % 2 == 0 || i % 5 == 0)
                c.decidedOn = c.openedOn.addDays(10);
            if (i % 5 == 0)
                c.closedOn = c.openedOn.addDays(20);
            c.major = i % 7 == 0 && c.decidedOn.isValid();
            if (c.major)
                c.reviews.append({1,
                                  u"法制员"_s,
                                  c.openedOn,
                                  c.openedOn.addDays(5),
                                  ReviewConclusion::Approved,
                                  {}});
            if (auto saved = repo.save(c); !saved)
                QFAIL(qPrintable(saved.error().toString()));
        }
        QVERIFY(tx.commit().ok());
    }

private Q_SLOTS:
    void passesModelTester()
    {
        Test::TestDatabase tdb;
        fill(tdb);
        CaseTableModel model(tdb.db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery({});
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        CaseQuery q;
        q.text = u"无证经营"_s;
        model.setQuery(q);
        q.text = u"不存在的案由"_s;
        model.setQuery(q);
        QCOMPARE(model.rowCount(), 0);
        model.waitForCount();
    }

    void pagesLazilyInListOrder()
    {
        Test::TestDatabase tdb;
        fill(tdb);
        CaseTableModel model(tdb.db());
        QSignalSpy totals(&model, &CaseTableModel::totalChanged);
        model.setQuery({});
        QCOMPARE(model.rowCount(), CaseTableModel::kPageSize); // one page, not the table
        QVERIFY(model.canFetchMore({}));
        model.waitForCount();
        QCOMPARE(model.totalCount(), qint64(450));
        QCOMPARE(totals.last().first().toLongLong(), qint64(450));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 400);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(!model.canFetchMore({}));
        // The keyset pages join up: the same rows, in the same order, as one big read.
        const auto all = CaseRepository(tdb.db()).list({}, 0, 1000).value();
        for (int row = 0; row < 450; ++row)
            QCOMPARE(model.caseId(row), all.at(row).id);
        QCOMPARE(model.index(0, CaseTableModel::CaseNo).data().toString(), u"案-449"_s);
    }

    void shortListsNeedNoCount()
    {
        Test::TestDatabase tdb;
        fill(tdb);
        CaseTableModel model(tdb.db());
        CaseQuery q;
        q.agencyIds = {m_b};
        q.status = CaseStatus::Closed;
        model.setQuery(q);
        QCOMPARE(model.totalCount(), qint64(30)); // i in 300..449, i % 5 == 0: known at once
        QCOMPARE(model.rowCount(), 30);
        QVERIFY(!model.canFetchMore({}));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, CaseTableModel::Status).data().toString(), u"Closed"_s);
    }

    void filtersAndSearch()
    {
        Test::TestDatabase tdb;
        fill(tdb);
        CaseTableModel model(tdb.db());
        CaseQuery q;
        q.kind = CaseKind::Licence;
        q.text = u"占道经营"_s; // FTS: even i and i % 3 == 0 → i % 6 == 0
        model.setQuery(q);
        model.waitForCount();
        QCOMPARE(model.totalCount(), qint64(75));
        q.text = u"占道"_s; // two characters: the substring fallback finds the same
        model.setQuery(q);
        model.waitForCount();
        QCOMPARE(model.totalCount(), qint64(75));
        q.text = u"人44"_s; // 当事人44, 当事人440…449
        q.kind.reset();
        model.setQuery(q);
        QCOMPARE(model.totalCount(), qint64(11));
        q = {};
        q.status = CaseStatus::Decided; // decided, not closed: even i not divisible by 5
        model.setQuery(q);
        model.waitForCount();
        QCOMPARE(model.totalCount(), qint64(180));
        // A new query while the last count still runs: only the newest total is kept.
        q.status = CaseStatus::Open;
        model.setQuery(q);
        q.status.reset();
        q.agencyIds = {m_a};
        model.setQuery(q);
        model.waitForCount();
        QCOMPARE(model.totalCount(), qint64(300));
    }

    void columns()
    {
        Test::TestDatabase tdb;
        fill(tdb);
        CaseTableModel model(tdb.db());
        CaseQuery q;
        q.text = u"案-420"_s;
        model.setQuery(q);
        QCOMPARE(model.rowCount(), 1);
        auto cell = [&](int column) { return model.index(0, column).data().toString(); };
        QCOMPARE(cell(CaseTableModel::CaseNo), u"案-420"_s);
        QCOMPARE(cell(CaseTableModel::Agency), u"县市场监督管理局"_s);
        QCOMPARE(cell(CaseTableModel::Kind), u"Administrative licence"_s);
        QCOMPARE(cell(CaseTableModel::Title), u"占道经营案"_s);
        QCOMPARE(cell(CaseTableModel::Party), u"当事人420"_s);
        QCOMPARE(cell(CaseTableModel::OpenedOn),
                 QDate(2023, 1, 1).addDays(420 - 105).toString(Qt::ISODate));
        QCOMPARE(cell(CaseTableModel::DecidedOn),
                 QDate(2023, 1, 1).addDays(325).toString(Qt::ISODate));
        QCOMPARE(cell(CaseTableModel::Status), u"Closed"_s);
        QCOMPARE(cell(CaseTableModel::Major), u"Major"_s); // 420 = 7 × 60
        QCOMPARE(model.headerData(CaseTableModel::Title, Qt::Horizontal).toString(),
                 u"Cause of action"_s);
    }
};

QTEST_MAIN(TstCaseTableModel)
#include "tst_casetablemodel.moc"
