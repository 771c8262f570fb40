// The roster page driven like a user: agency tree, debounced search, filters, lazy table.

#include "appcontext.h"
#include "dialogs/officerdialog.h"
#include "models/agencytreemodel.h"
#include "models/officertablemodel.h"
#include "pages/rosterpage.h"
#include "storage/officerrepository.h"
#include "storage/transaction.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

using namespace Jiandu;
using namespace Jiandu::Ui;

class TstRosterPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TestDatabase> m_tdb;
    qint64 m_market = 0;
    qint64 m_marketSection = 0;
    qint64 m_ecology = 0;

private Q_SLOTS:
    // 450 officers: 300 in 县市场监督管理局 (100 of them in its sub-agency), 150 in
    // 县生态环境局; every 3rd retired; every 5th certificate expired; officers 1-10 trained 60 h.
    void initTestCase()
    {
        m_tdb = std::make_unique<Test::TestDatabase>();
        Database &db = m_tdb->db();
        m_market = Test::addAgency(db, QStringLiteral("县市场监督管理局"));
        m_marketSection =
            Test::addAgency(db, QStringLiteral("县市场监管综合执法大队"), AgencyKind::Entrusted,
                            QStringLiteral("县市场监督管理局"));
        m_ecology = Test::addAgency(db, QStringLiteral("县生态环境局"), AgencyKind::Administrative,
                                    QStringLiteral("某市人民政府"));
        Transaction tx(db);
        for (int i = 1; i <= 450; ++i) {
            const Test::OfficerSpec spec = Test::numberedOfficer(i);
            const qint64 agency = i <= 200 ? m_market : i <= 300 ? m_marketSection : m_ecology;
            const qint64 id = Test::addOfficer(db, agency, spec);
            if (i <= 10)
                Test::addTraining(db, id, QDate(2025, 2, 1), 60);
        }
        QVERIFY(tx.commit().ok());
    }

    void showsTreeAndFirstPage()
    {
        AppContext context(m_tdb->db(), m_tdb->clock());
        RosterPage page(context);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        OfficerTableModel *model = page.model();
        QCOMPARE(model->totalCount(), 450);
        QVERIFY(model->rowCount() >= 200);
        QVERIFY(model->rowCount() < 450); // the rest stays in the database until scrolled to

        // Tree: All (450) / 某县人民政府 → 县市场监督管理局 (300) → 县市场监管综合执法大队 (100) /
        // 某市人民政府 → 县生态环境局 (150).
        AgencyTreeModel *tree = page.agencyModel();
        QCOMPARE(tree->index(0, 0).data(AgencyTreeModel::CountRole).toInt(), 450);
        const QModelIndex market = tree->indexOfAgency(m_market);
        QCOMPARE(market.data(AgencyTreeModel::CountRole).toInt(), 300);
        QCOMPARE(market.parent().data(Qt::ToolTipRole).toString(), QStringLiteral("某县人民政府"));
        QCOMPARE(tree->indexOfAgency(m_marketSection).parent(), market);
        QCOMPARE(tree->indexOfAgency(m_ecology).data(AgencyTreeModel::CountRole).toInt(), 150);

        // Scrolling to the bottom fetches the next page.
        auto *table = page.findChild<QTableView *>(QStringLiteral("officerTable"));
        const int before = model->rowCount();
        table->scrollToBottom();
        QTRY_VERIFY(model->rowCount() > before);
    }

    void searchIsDebounced()
    {
        AppContext context(m_tdb->db(), m_tdb->clock());
        RosterPage page(context);
        page.show();
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("searchBox"));
        QTest::keyClicks(search, QStringLiteral("ZF0012"));
        QCOMPARE(page.model()->totalCount(), 450); // not yet: the page waits for typing to pause
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->totalCount(), 10, 2000); // ZF00120..ZF00129
        QCOMPARE(page.model()->rowCount(), 10);
        for (int r = 0; r < 10; ++r)
            QVERIFY(page.model()
                        ->index(r, OfficerTableModel::CertNumber)
                        .data()
                        .toString()
                        .startsWith(u"ZF0012"));

        search->clear();
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->totalCount(), 450, 2000);
    }

    void filtersCombine()
    {
        AppContext context(m_tdb->db(), m_tdb->clock());
        RosterPage page(context);
        page.show();
        // The market agency's subtree holds officers 1-300.
        auto *tree = page.findChild<QTreeView *>(QStringLiteral("agencyTree"));
        tree->setCurrentIndex(page.agencyModel()->indexOfAgency(m_market));
        QCOMPARE(page.model()->totalCount(), 300);
        QCOMPARE(page.selectedAgencyIds().size(), 2);
        tree->setCurrentIndex(page.agencyModel()->indexOfAgency(m_marketSection));
        QCOMPARE(page.model()->totalCount(), 100);

        auto *status = page.findChild<QComboBox *>(QStringLiteral("statusFilter"));
        status->setCurrentIndex(status->findData(Vocab::code(OfficerStatus::Retired)));
        QCOMPARE(page.model()->totalCount(), 34); // multiples of 3 in 201..300

        auto *cert = page.findChild<QComboBox *>(QStringLiteral("certFilter"));
        cert->setCurrentIndex(cert->findData(Vocab::code(CertState::Expired)));
        QCOMPARE(page.model()->totalCount(), 7); // multiples of 15 in 201..300

        status->setCurrentIndex(0);
        cert->setCurrentIndex(0);
        tree->setCurrentIndex(page.agencyModel()->index(0, 0)); // All
        auto *shortOnly = page.findChild<QCheckBox *>(QStringLiteral("trainingShortFilter"));
        shortOnly->setChecked(true);
        QCOMPARE(page.model()->totalCount(), 440); // all but the ten with 60 hours
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("countLabel"))->text().contains(u"440"));
    }

    void tableMasksIdentityNumbers()
    {
        AppContext context(m_tdb->db(), m_tdb->clock());
        RosterPage page(context);
        page.show();
        auto *table = page.findChild<QTableView *>(QStringLiteral("officerTable"));
        const QString full = Test::idNumber(1);
        const QString shown =
            table->model()->index(0, OfficerTableModel::IdNumber).data().toString();
        QCOMPARE(shown, full.left(6) + QStringLiteral("********") + full.right(4));
    }

    void sortingByHeaderQueriesSql()
    {
        AppContext context(m_tdb->db(), m_tdb->clock());
        RosterPage page(context);
        page.show();
        auto *table = page.findChild<QTableView *>(QStringLiteral("officerTable"));
        table->sortByColumn(OfficerTableModel::Name, Qt::DescendingOrder);
        QCOMPARE(page.model()->index(0, OfficerTableModel::Name).data().toString(),
                 QStringLiteral("人员450"));
        table->sortByColumn(OfficerTableModel::TrainingHours, Qt::DescendingOrder);
        QCOMPARE(page.model()->index(0, OfficerTableModel::TrainingHours).data().toString(),
                 QStringLiteral("60"));
    }

    void doubleClickOpensTheOfficer()
    {
        AppContext context(m_tdb->db(), m_tdb->clock());
        RosterPage page(context);
        page.show();
        const qint64 id = page.model()->officerId(0);
        OfficerDialog *dialog = page.openOfficer(id);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->officerId(), id);
        QVERIFY(dialog->windowTitle().contains(QStringLiteral("人员001")));
        QPointer<OfficerDialog> guard(dialog);
        dialog->reject();
        QTRY_VERIFY(guard.isNull()); // deleted on close
    }

    void exportsTheSelectedAgencyMasked()
    {
        AppContext context(m_tdb->db(), m_tdb->clock());
        RosterPage page(context);
        page.show();
        page.selectAgency(m_ecology);
        const QString path = m_tdb->filePath(QStringLiteral("ecology.csv"));
        auto written = page.exportTo(path);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));
        QCOMPARE(written.value(), 150);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("人员301")));
        QVERIFY(!text.contains(QStringLiteral("人员300"))); // another agency
        const QString full = Test::idNumber(301);
        QVERIFY(!text.contains(full));
        QVERIFY(text.contains(full.left(6) + QStringLiteral("********") + full.right(4)));
    }

    void refreshesAfterAChange()
    {
        AppContext context(m_tdb->db(), m_tdb->clock());
        RosterPage page(context);
        page.show();
        Test::OfficerSpec spec;
        spec.name = QStringLiteral("新同事");
        spec.n = 999;
        const qint64 id = Test::addOfficer(m_tdb->db(), m_ecology, spec);
        context.notifyDataChanged(QStringLiteral("officer"));
        QCOMPARE(page.model()->totalCount(), 451);
        QCOMPARE(
            page.agencyModel()->indexOfAgency(m_ecology).data(AgencyTreeModel::CountRole).toInt(),
            151);
        Transaction tx(m_tdb->db());
        QVERIFY(OfficerRepository(m_tdb->db()).remove(id).ok());
        QVERIFY(tx.commit().ok());
        context.notifyDataChanged(QStringLiteral("officer"));
        QCOMPARE(page.model()->totalCount(), 450);
    }
};

QTEST_MAIN(TstRosterPage)
#include "tst_rosterpage.moc"
