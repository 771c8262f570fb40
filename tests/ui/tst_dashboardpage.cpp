// The 工作台 dashboard on a real database with known warnings as of 2025-03-01.

#include "appcontext.h"
#include "domain/identity.h"
#include "pages/dashboardpage.h"
#include "storage/caserepository.h"
#include "storage/transaction.h"
#include "support/fixtures.h"
#include "storage/documentrepository.h"
#include "supervisionfixture.h"
#include "support/testdatabase.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QtTest>

using namespace Jiandu;

namespace {

// Agency A: an officer whose certificate expired on 2025-01-31 (CERT_EXPIRED) and a legal
// reviewer whose certificate expires on 2025-03-20 (CERT_EXPIRING). Agency B: one officer,
// no legal reviewer (REVIEWER_RATIO). Everyone has 60 hours of law-update training in 2025.
struct Office
{
    qint64 agencyA = 0;
    qint64 agencyB = 0;
    qint64 expired = 0;
    qint64 expiring = 0;
    qint64 fine = 0;
};

Office build(Database &db)
{
    Office o;
    o.agencyA = Test::addAgency(db, QStringLiteral("某县市场监督管理局"));
    o.agencyB = Test::addAgency(db, QStringLiteral("某县生态环境局"));
    Test::OfficerSpec s;
    s.name = QStringLiteral("张三");
    s.n = 1;
    s.certNumber = QStringLiteral("A0001");
    s.certIssued = QDate(2020, 2, 1);
    s.certExpires = QDate(2025, 1, 31);
    o.expired = Test::addOfficer(db, o.agencyA, s);
    s.name = QStringLiteral("李四");
    s.n = 2;
    s.certNumber = QStringLiteral("A0002");
    s.certExpires = QDate(2025, 3, 20);
    s.legalReviewer = true;
    o.expiring = Test::addOfficer(db, o.agencyA, s);
    s.name = QStringLiteral("王五");
    s.n = 3;
    s.certNumber = QStringLiteral("B0001");
    s.certExpires = QDate(2028, 12, 31);
    s.legalReviewer = false;
    o.fine = Test::addOfficer(db, o.agencyB, s);
    for (qint64 id : {o.expired, o.expiring, o.fine})
        Test::addTraining(db, id, QDate(2025, 2, 10), 60, TrainingKind::LawUpdate,
                          QStringLiteral("2025年法律知识更新培训"));
    return o;
}

QTreeWidgetItem *group(QTreeWidget *tree, const QString &rule)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->data(0, Ui::DashboardPage::RuleRole).toString() == rule)
            return tree->topLevelItem(i);
    return nullptr;
}

} // namespace

class TestDashboardPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupsAndCounts();
    void keysAreMasked();
    void doubleClickOpensRecord();
    void taskAndDocumentWarningsOpenTheirEditors();
    void refreshesOnDataChanged();
    void screenshot();
};

void TestDashboardPage::groupsAndCounts()
{
    Test::TestDatabase tdb;
    build(tdb.db());
    Ui::AppContext context(tdb.db(), tdb.clock());
    Ui::DashboardPage page(context);
    QSignalSpy refreshed(&page, &Ui::DashboardPage::refreshed);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(page.asOf(), QDate(2025, 3, 1));

    auto *tree = page.findChild<QTreeWidget *>(QStringLiteral("warningTree"));
    QVERIFY(tree);
    QStringList rules;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        rules << tree->topLevelItem(i)->data(0, Ui::DashboardPage::RuleRole).toString();
    // Errors first, then the order of spec/warnings.md.
    QCOMPARE(rules, (QStringList{QStringLiteral("CERT_EXPIRED"), QStringLiteral("CERT_EXPIRING"),
                                 QStringLiteral("REVIEWER_RATIO")}));
    for (QTreeWidgetItem *top :
         {tree->topLevelItem(0), tree->topLevelItem(1), tree->topLevelItem(2)}) {
        QCOMPARE(top->childCount(), 1);
        QVERIFY2(top->text(0).endsWith(QStringLiteral("(1)")), qPrintable(top->text(0)));
    }
    QTreeWidgetItem *expired = group(tree, QStringLiteral("CERT_EXPIRED"))->child(0);
    QVERIFY2(expired->text(0).contains(QStringLiteral("张三")), qPrintable(expired->text(0)));
    QCOMPARE(expired->text(1), QStringLiteral("某县市场监督管理局"));
    QCOMPARE(expired->text(2), QStringLiteral("2025-01-31"));
    QCOMPARE(group(tree, QStringLiteral("REVIEWER_RATIO"))->child(0)->text(1),
             QStringLiteral("某县生态环境局"));

    const QString summary = page.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
    QVERIFY2(summary.contains(QStringLiteral("Errors: 1</span>")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Warnings: 2</span>")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Notes: 0</span>")), qPrintable(summary));
    QCOMPARE(page.warnings().size(), 3);
}

void TestDashboardPage::keysAreMasked()
{
    Test::TestDatabase tdb;
    build(tdb.db());
    Ui::AppContext context(tdb.db(), tdb.clock());
    Ui::DashboardPage page(context);
    QSignalSpy refreshed(&page, &Ui::DashboardPage::refreshed);
    QVERIFY(refreshed.wait(10000));
    auto *tree = page.findChild<QTreeWidget *>(QStringLiteral("warningTree"));
    const QString full = Test::idNumber(1);
    QTreeWidgetItem *item = group(tree, QStringLiteral("CERT_EXPIRED"))->child(0);
    QCOMPARE(item->text(3), Identity::maskIdNumber(full));
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        for (int c = 0; c < tree->columnCount(); ++c)
            QVERIFY2(!(*it)->text(c).contains(full), qPrintable((*it)->text(c)));
}

void TestDashboardPage::doubleClickOpensRecord()
{
    Test::TestDatabase tdb;
    const Office office = build(tdb.db());
    // A case of 2024 and no finalised report: ANNUAL_REPORT_DUE for 2024.
    EnforcementCase c;
    c.caseNo = QStringLiteral("某市监罚〔2024〕1号");
    c.agencyId = office.agencyA;
    c.kind = CaseKind::Inspection;
    c.title = QStringLiteral("日常检查");
    c.openedOn = QDate(2024, 5, 6);
    {
        Transaction tx(tdb.db());
        QVERIFY(CaseRepository(tdb.db()).save(c));
        QVERIFY(tx.commit());
    }
    Ui::AppContext context(tdb.db(), tdb.clock());
    Ui::DashboardPage page(context);
    QSignalSpy refreshed(&page, &Ui::DashboardPage::refreshed);
    page.resize(900, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 10000);
    auto *tree = page.findChild<QTreeWidget *>(QStringLiteral("warningTree"));
    QSignalSpy officer(&context, &Ui::AppContext::openOfficerRequested);
    QSignalSpy agency(&context, &Ui::AppContext::showAgencyRequested);

    const auto doubleClick = [tree](QTreeWidgetItem *item) {
        tree->scrollToItem(item);
        const QPoint at = tree->visualItemRect(item).center();
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, at);
    };
    doubleClick(group(tree, QStringLiteral("CERT_EXPIRED"))->child(0));
    QCOMPARE(officer.count(), 1);
    QCOMPARE(officer.at(0).at(0).toLongLong(), office.expired);

    doubleClick(group(tree, QStringLiteral("REVIEWER_RATIO"))->child(0));
    QCOMPARE(agency.count(), 1);
    QCOMPARE(agency.at(0).at(0).toLongLong(), office.agencyB);

    // The annual report warning opens the report page on its year.
    QSignalSpy report(&context, &Ui::AppContext::openReportRequested);
    doubleClick(group(tree, QStringLiteral("ANNUAL_REPORT_DUE"))->child(0));
    QCOMPARE(report.count(), 1);
    QCOMPARE(report.at(0).at(0).toInt(), 2024);

    // A rule heading opens nothing.
    doubleClick(group(tree, QStringLiteral("CERT_EXPIRING")));
    QCOMPARE(officer.count(), 1);
    QCOMPARE(agency.count(), 1);
}

// TASK_OVERDUE names a task, DOC_REPLY_OVERDUE a document: double-click asks to open them.
void TestDashboardPage::taskAndDocumentWarningsOpenTheirEditors()
{
    Test::TestDatabase tdb;
    Test::SupervisionFixture f;
    f.fill(tdb.db());
    DocumentRepository docs(tdb.db());
    auto draft = docs.draftFromActivity(f.inspection, DocumentKind::RectificationNotice, f.urban,
                                        QDate(2025, 1, 2));
    QVERIFY(draft.ok());
    QVERIFY(docs.save(draft.value()).ok());
    QVERIFY(docs.issue(draft->id, QDate(2025, 1, 2)).ok()); // a reply due long ago
    Ui::AppContext context(tdb.db(), tdb.clock());
    Ui::DashboardPage page(context);
    QSignalSpy refreshed(&page, &Ui::DashboardPage::refreshed);
    page.resize(900, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 10000);
    auto *tree = page.findChild<QTreeWidget *>(QStringLiteral("warningTree"));
    QSignalSpy task(&context, &Ui::AppContext::openTaskRequested);
    QSignalSpy document(&context, &Ui::AppContext::openDocumentRequested);
    const auto doubleClick = [tree](QTreeWidgetItem *item) {
        tree->scrollToItem(item);
        const QPoint at = tree->visualItemRect(item).center();
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, at);
    };
    QTreeWidgetItem *overdue = group(tree, QStringLiteral("TASK_OVERDUE"));
    QVERIFY(overdue);
    doubleClick(overdue->child(0));
    QCOMPARE(task.count(), 1);
    QVERIFY((QList<qint64>{f.tasks.at(4), f.tasks.at(8)}).contains(task.at(0).at(0).toLongLong()));
    QTreeWidgetItem *replies = group(tree, QStringLiteral("DOC_REPLY_OVERDUE"));
    QVERIFY(replies);
    doubleClick(replies->child(0));
    QCOMPARE(document.count(), 1);
    QCOMPARE(document.at(0).at(0).toLongLong(), draft->id);
}

void TestDashboardPage::refreshesOnDataChanged()
{
    Test::TestDatabase tdb;
    const Office office = build(tdb.db());
    Ui::AppContext context(tdb.db(), tdb.clock());
    Ui::DashboardPage page(context);
    QSignalSpy refreshed(&page, &Ui::DashboardPage::refreshed);
    QVERIFY(refreshed.wait(10000));
    auto *tree = page.findChild<QTreeWidget *>(QStringLiteral("warningTree"));
    QVERIFY(!group(tree, QStringLiteral("NO_VALID_CERT")));

    // An officer without any certificate: NO_VALID_CERT after the (debounced) refresh.
    Test::OfficerSpec s;
    s.name = QStringLiteral("赵六");
    s.n = 4;
    s.legalReviewer = true;
    const qint64 added = Test::addOfficer(tdb.db(), office.agencyB, s);
    Test::addTraining(tdb.db(), added, QDate(2025, 2, 10), 60, TrainingKind::LawUpdate);
    refreshed.clear();
    for (int i = 0; i < 3; ++i)
        context.notifyDataChanged(QStringLiteral("officer")); // a burst: one evaluation
    QVERIFY(refreshed.wait(10000));
    QTest::qWait(600);
    QCOMPARE(refreshed.count(), 1);
    QTreeWidgetItem *noCert = group(tree, QStringLiteral("NO_VALID_CERT"));
    QVERIFY(noCert);
    QCOMPARE(noCert->childCount(), 1);
    QCOMPARE(noCert->child(0)->data(0, Ui::DashboardPage::RecordIdRole).toLongLong(), added);
    // 赵六 is a legal reviewer: agency B now meets the ratio.
    QVERIFY(!group(tree, QStringLiteral("REVIEWER_RATIO")));

    // The button evaluates again too.
    refreshed.clear();
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("refreshButton")),
                      Qt::LeftButton);
    QVERIFY(refreshed.wait(10000));
}

// Renders the page with Chinese data; saved to $JIANDU_SCREENSHOT_DIR/dashboard.png when set
// (docs/screenshots is refreshed that way).
void TestDashboardPage::screenshot()
{
    Test::TestDatabase tdb;
    const Office office = build(tdb.db());
    const QStringList names = {QStringLiteral("陈晓明"), QStringLiteral("刘芳"),
                               QStringLiteral("周建国")};
    for (int i = 0; i < names.size(); ++i) {
        Test::OfficerSpec s;
        s.name = names.at(i);
        s.n = 10 + i;
        s.employment = i == 0 ? Employment::Contract : Employment::Establishment;
        s.certNumber = i == 2 ? QString() : QStringLiteral("C%1").arg(i);
        const qint64 id = Test::addOfficer(tdb.db(), office.agencyB, s);
        Test::addTraining(tdb.db(), id, QDate(2025, 1, 15), 12, TrainingKind::PublicLaw);
    }
    Ui::AppContext context(tdb.db(), tdb.clock());
    Ui::DashboardPage page(context);
    QSignalSpy refreshed(&page, &Ui::DashboardPage::refreshed);
    page.resize(1000, 560);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 10000);
    const QImage image = page.grab().toImage();
    QVERIFY(!image.isNull());
    const QString dir = qEnvironmentVariable("JIANDU_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(image.save(dir + QStringLiteral("/dashboard-fixture.png")));
}

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
