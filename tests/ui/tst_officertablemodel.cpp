// OfficerTableModel over a real database: lazy paging, SQL sort and filters, masking.

#include "models/officertablemodel.h"
#include "storage/transaction.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Jiandu;
using namespace Jiandu::Ui;

class TstOfficerTableModel : public QObject
{
    Q_OBJECT

private:
    // 450 officers in two agencies: every 3rd retired, every 5th with an expired certificate.
    void fill(Test::TestDatabase &tdb)
    {
        const qint64 a = Test::addAgency(tdb.db(), QStringLiteral("县市场监督管理局"));
        const qint64 b = Test::addAgency(tdb.db(), QStringLiteral("县生态环境局"));
        Transaction tx(tdb.db());
        for (int i = 1; i <= 450; ++i) {
            const Test::OfficerSpec spec = Test::numberedOfficer(i);
            Test::addOfficer(tdb.db(), i <= 300 ? a : b, spec);
        }
        QVERIFY(tx.commit().ok());
    }

    static OfficerQuery baseQuery()
    {
        OfficerQuery q;
        q.asOf = QDate(2025, 3, 1);
        return q;
    }

private Q_SLOTS:
    // The tester checks every signal and index the model emits; it also fetches on its own,
    // so row counts are asserted in the tests below without it.
    void passesModelTester()
    {
        Test::TestDatabase tdb;
        fill(tdb);
        OfficerTableModel model(tdb.db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        OfficerQuery q = baseQuery();
        model.setQuery(q);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        model.sort(OfficerTableModel::TrainingHours, Qt::DescendingOrder);
        q.status = OfficerStatus::Retired;
        model.setQuery(q);
        q.search = QStringLiteral("不存在");
        model.setQuery(q);
        QCOMPARE(model.rowCount(), 0);
        model.reload();
    }

    void pagesLazily()
    {
        Test::TestDatabase tdb;
        fill(tdb);
        OfficerTableModel model(tdb.db());
        model.setQuery(baseQuery());
        QCOMPARE(model.totalCount(), 450);
        QCOMPARE(model.rowCount(), 200);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 400);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(!model.canFetchMore({}));
        model.fetchMore({}); // a no-op at the end
        QCOMPARE(model.rowCount(), 450);
        QCOMPARE(model.index(0, OfficerTableModel::Name).data().toString(),
                 QStringLiteral("人员001"));
        QCOMPARE(model.index(449, OfficerTableModel::Name).data().toString(),
                 QStringLiteral("人员450"));
    }

    void sortsInSql()
    {
        Test::TestDatabase tdb;
        fill(tdb);
        OfficerTableModel model(tdb.db());
        model.setQuery(baseQuery());
        model.sort(OfficerTableModel::Name, Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), 200); // back to the first page
        QCOMPARE(model.index(0, OfficerTableModel::Name).data().toString(),
                 QStringLiteral("人员450"));
        model.sort(OfficerTableModel::CertNumber, Qt::AscendingOrder);
        QCOMPARE(model.index(0, OfficerTableModel::CertNumber).data().toString(),
                 QStringLiteral("ZF00001"));
        // Sorting by the agency puts 县市场监督管理局 (sorted after 县生态环境局 by code point)
        // last.
        model.sort(OfficerTableModel::Agency, Qt::AscendingOrder);
        const QString first = model.index(0, OfficerTableModel::Agency).data().toString();
        model.sort(OfficerTableModel::Agency, Qt::DescendingOrder);
        QVERIFY(first != model.index(0, OfficerTableModel::Agency).data().toString());
        // A column without an SQL sort leaves the order alone.
        const QString before = model.index(0, OfficerTableModel::Name).data().toString();
        model.sort(OfficerTableModel::Phone, Qt::AscendingOrder);
        QCOMPARE(model.index(0, OfficerTableModel::Name).data().toString(), before);
    }

    void filtersReset()
    {
        Test::TestDatabase tdb;
        fill(tdb);
        OfficerTableModel model(tdb.db());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        OfficerQuery q = baseQuery();
        model.setQuery(q);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 400);

        q.status = OfficerStatus::Retired;
        model.setQuery(q);
        QCOMPARE(model.totalCount(), 150);
        QCOMPARE(model.rowCount(), 150);
        QVERIFY(!model.canFetchMore({}));

        q.status.reset();
        q.certState = CertState::Expired;
        model.setQuery(q);
        QCOMPARE(model.totalCount(), 90);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.index(r, OfficerTableModel::CertState)
                         .data(OfficerTableModel::CertStateRole)
                         .toString(),
                     QStringLiteral("expired"));
        // Expired is shown in red.
        const auto brush =
            model.index(0, OfficerTableModel::CertState).data(Qt::ForegroundRole).value<QBrush>();
        QCOMPARE(brush.color(), QColor(0xc6, 0x28, 0x28));

        q.certState.reset();
        q.search = QStringLiteral("ZF0012"); // ZF00120..ZF00129
        model.setQuery(q);
        QCOMPARE(model.totalCount(), 10);
        QCOMPARE(resets.count(), 4);
    }

    void masksIdentityAndPhone()
    {
        Test::TestDatabase tdb;
        const qint64 a = Test::addAgency(tdb.db(), QStringLiteral("县交通运输局"));
        Test::OfficerSpec spec;
        spec.n = 7;
        Test::addOfficer(tdb.db(), a, spec);
        OfficerTableModel model(tdb.db());
        model.setQuery(baseQuery());
        QCOMPARE(model.rowCount(), 1);
        const QString full = Test::idNumber(7);
        const QString shown = model.index(0, OfficerTableModel::IdNumber).data().toString();
        QCOMPARE(shown, full.left(6) + QStringLiteral("********") + full.right(4));
        for (int c = 0; c < model.columnCount(); ++c)
            QVERIFY(!model.index(0, c).data().toString().contains(full.mid(6, 8)));
        QVERIFY(model.officerId(0) > 0);
        QCOMPARE(model.index(0, 0).data(OfficerTableModel::OfficerIdRole).toLongLong(),
                 model.officerId(0));
    }
};

QTEST_MAIN(TstOfficerTableModel)
#include "tst_officertablemodel.moc"
