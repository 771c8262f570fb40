// The dashboard's charts, deadline panel and level filter on a small known database
// (today 2025-03-01), and the drill-down of every chart through the main window.

#include "appcontext.h"
#include "mainwindow.h"
#include "dialogs/caseviewdialog.h"
#include "models/casetablemodel.h"
#include "pages/casespage.h"
#include "pages/dashboardcharts.h"
#include "pages/dashboardpage.h"
#include "report/dashboardfigures.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"
#include "widgets/deadlinespanel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QFile>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

using namespace Jiandu;
using namespace Qt::StringLiterals;

namespace {

struct Office
{
    qint64 a = 0;
    qint64 b = 0;
    QList<qint64> january;
};

qint64 addCase(Database &db, qint64 agency, const QString &no, const QDate &opened)
{
    EnforcementCase c;
    c.caseNo = no;
    c.agencyId = agency;
    c.kind = CaseKind::Inspection;
    c.title = QStringLiteral("图表测试案件");
    c.party = QStringLiteral("某某公司");
    c.openedOn = opened;
    Transaction tx(db);
    auto id = CaseRepository(db).save(c);
    if (!id || !tx.commit())
        qFatal("addCase failed");
    return *id;
}

void addTask(Database &db, int id, const char *unit, const QDate &deadline, const char *status)
{
    QSqlQuery q(db.connection());
    q.prepare(
        u"INSERT INTO rectification_task (id, activity_id, seq, position, problem,"
        " lead_unit, deadline_text, deadline_on, status) VALUES (?, 1, ?, ?, ?, ?, '期限', ?, ?)"_s);
    q.addBindValue(id);
    q.addBindValue(QString::number(id));
    q.addBindValue(id);
    q.addBindValue(QStringLiteral("整改问题%1").arg(id));
    q.addBindValue(QString::fromUtf8(unit));
    q.addBindValue(deadline.toString(Qt::ISODate));
    q.addBindValue(QString::fromLatin1(status));
    if (!q.exec())
        qFatal("addTask: %s", qPrintable(q.lastError().text()));
    q.prepare(u"INSERT INTO task_unit (task_id, role, position, name) VALUES (?, 'lead', 1, ?)"_s);
    q.addBindValue(id);
    q.addBindValue(QString::fromUtf8(unit));
    if (!q.exec())
        qFatal("addTask unit: %s", qPrintable(q.lastError().text()));
}

// A: three officers, two certified; B: one, certified. Cases filed: two in January 2025, one
// in February 2025, one each in January and March 2024. Tasks: 甲单位 due in 3 days and in
// 10 days, 乙单位 due tomorrow but signed off.
Office build(Database &db)
{
    Office o;
    o.a = Test::addAgency(db, QStringLiteral("某县市场监督管理局"));
    o.b = Test::addAgency(db, QStringLiteral("某县生态环境局"));
    for (int i = 1; i <= 4; ++i) {
        Test::OfficerSpec s;
        s.name = QStringLiteral("人员%1").arg(i);
        s.n = i;
        if (i != 3)
            s.certNumber = QStringLiteral("ZF%1").arg(i);
        Test::addOfficer(db, i <= 3 ? o.a : o.b, s);
    }
    o.january << addCase(db, o.a, u"A-2025-1"_s, QDate(2025, 1, 10))
              << addCase(db, o.b, u"B-2025-1"_s, QDate(2025, 1, 20));
    addCase(db, o.a, u"A-2025-2"_s, QDate(2025, 2, 15));
    addCase(db, o.a, u"A-2024-1"_s, QDate(2024, 1, 5));
    addCase(db, o.a, u"A-2024-2"_s, QDate(2024, 3, 10));
    QSqlQuery q(db.connection());
    if (!q.exec(u"INSERT INTO supervision_activity (id, name, started_on) VALUES"
                " (1, '2025年专项监督', '2025-01-05')"_s))
        qFatal("activity: %s", qPrintable(q.lastError().text()));
    addTask(db, 1, "甲单位", QDate(2025, 3, 4), "in_progress");
    addTask(db, 2, "甲单位", QDate(2025, 3, 11), "not_started");
    addTask(db, 3, "乙单位", QDate(2025, 3, 2), "signed_off");
    return o;
}

QBarSet *set(QChart *chart, int index)
{
    const auto series = chart->series();
    if (series.isEmpty())
        return nullptr;
    auto *bars = qobject_cast<QAbstractBarSeries *>(series.first());
    return bars && index < bars->count() ? bars->barSets().at(index) : nullptr;
}

QStringList categories(QChart *chart, Qt::Orientation orientation)
{
    for (QAbstractAxis *axis : chart->axes(orientation))
        if (auto *c = qobject_cast<QBarCategoryAxis *>(axis))
            return c->categories();
    return {};
}

} // namespace

class TestDashboardCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coreFigures();
    void chartsShowTheFigures();
    void monthBarOpensTheCasesOfTheMonth();
    void unitAndAgencyBars();
    void deadlinesOfTheNextSevenDays();
    void levelCountFiltersTheList();
    void screenshot();
};

void TestDashboardCharts::coreFigures()
{
    Test::TestDatabase tdb;
    const Office o = build(tdb.db());
    auto months = Report::casesPerMonth(tdb.db(), 2025);
    QVERIFY(months);
    QCOMPARE((*months)[0], 2);
    QCOMPARE((*months)[1], 1);
    QCOMPARE((*months)[2], 0);
    auto forB = Report::casesPerMonth(tdb.db(), 2025, o.b);
    QVERIFY(forB);
    QCOMPARE((*forB)[0], 1);
    QCOMPARE((*forB)[1], 0);
    auto units = Report::taskCompletionByUnit(tdb.db());
    QVERIFY(units);
    QCOMPARE(units->size(), 2);
    QCOMPARE(units->at(0).unit, QStringLiteral("甲单位"));
    QCOMPARE(units->at(0).total, 2);
    QCOMPARE(units->at(0).signedOff, 0);
    QCOMPARE(units->at(1).signedOff, 1);
    auto coverage = Report::certificateCoverage(tdb.db(), QDate(2025, 3, 1));
    QVERIFY(coverage);
    QCOMPARE(coverage->size(), 2);
    QCOMPARE(coverage->at(0).agencyId, o.a);
    QCOMPARE(coverage->at(0).active, 3);
    QCOMPARE(coverage->at(0).certified, 2);
    auto due = Report::tasksDueBetween(tdb.db(), QDate(2025, 3, 1), QDate(2025, 3, 8));
    QVERIFY(due);
    QCOMPARE(due->size(), 1);
    QCOMPARE(due->at(0).id, 1);
    QCOMPARE(due->at(0).activity, QStringLiteral("2025年专项监督"));
}

void TestDashboardCharts::chartsShowTheFigures()
{
    Test::TestDatabase tdb;
    build(tdb.db());
    Ui::AppContext context(tdb.db(), tdb.clock());
    Ui::DashboardPage page(context);
    page.resize(1100, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.waitForBackgroundWork();
    Ui::DashboardCharts *charts = page.charts();

    QChart *months = charts->monthChart();
    QCOMPARE(categories(months, Qt::Horizontal).size(), 12);
    QBarSet *last = set(months, 0);
    QBarSet *current = set(months, 1);
    QVERIFY(last && current);
    QCOMPARE(last->label(), QStringLiteral("2024"));
    QCOMPARE(current->label(), QStringLiteral("2025"));
    QCOMPARE(current->count(), 12);
    QCOMPARE(current->at(0), 2.0);
    QCOMPARE(current->at(1), 1.0);
    QCOMPARE(last->at(0), 1.0);
    QCOMPARE(last->at(2), 1.0);

    // Horizontal bars: the largest unit on top, i.e. last in the category list.
    QChart *units = charts->unitChart();
    QCOMPARE(categories(units, Qt::Vertical),
             (QStringList{QStringLiteral("乙单位"), QStringLiteral("甲单位")}));
    QCOMPARE(set(units, 0)->at(0), 1.0); // 乙单位: signed off
    QCOMPARE(set(units, 1)->at(1), 2.0); // 甲单位: open

    QChart *coverage = charts->coverageChart();
    QCOMPARE(categories(coverage, Qt::Vertical).size(), 2);
    QCOMPARE(set(coverage, 0)->at(1), 2.0); // A: certified
    QCOMPARE(set(coverage, 1)->at(1), 1.0); // A: without

    // Rendered under offscreen: the chart view paints something other than the background.
    const QImage image = charts->grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(image.pixelColor(image.width() / 6, image.height() / 2).isValid());
}

void TestDashboardCharts::monthBarOpensTheCasesOfTheMonth()
{
    Test::TestDatabase tdb;
    const Office o = build(tdb.db());
    Ui::AppContext context(tdb.db(), tdb.clock());
    Ui::MainWindow window(context);
    window.show();
    auto *page = qobject_cast<Ui::DashboardPage *>(window.page(Ui::MainWindow::Dashboard));
    page->waitForBackgroundWork();

    // What a click on the bar of January 2025 sends.
    Q_EMIT set(page->charts()->monthChart(), 1)->clicked(0);
    QCOMPARE(window.currentPage(), Ui::MainWindow::Cases);
    Ui::CasesPage *cases = window.casesPage();
    cases->waitForBackgroundWork();
    QTRY_COMPARE(cases->model()->rowCount(), 2);
    QList<qint64> ids;
    for (int r = 0; r < cases->model()->rowCount(); ++r)
        ids << cases->model()->caseId(r);
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, o.january);
    auto *chip = cases->findChild<QToolButton *>(QStringLiteral("filedChip"));
    QVERIFY(chip && chip->isVisible());
    QVERIFY2(chip->text().contains(u"2025-01"), qPrintable(chip->text()));

    // March 2024 (last year's series), then the chip removes the filter.
    window.showPage(Ui::MainWindow::Dashboard);
    Q_EMIT set(page->charts()->monthChart(), 0)->clicked(2);
    cases->waitForBackgroundWork();
    QTRY_COMPARE(cases->model()->rowCount(), 1);
    chip->click();
    cases->waitForBackgroundWork();
    QTRY_COMPARE(cases->model()->rowCount(), 5);
    QVERIFY(!chip->isVisible());

    // A case named by a warning (the deadline panel's publicity rows) opens its view.
    window.showPage(Ui::MainWindow::Dashboard);
    Q_EMIT context.openCaseRequested(o.january.first());
    QCOMPARE(window.currentPage(), Ui::MainWindow::Cases);
    auto *view = cases->findChild<Ui::CaseViewDialog *>();
    QVERIFY(view);
    view->close();
}

void TestDashboardCharts::unitAndAgencyBars()
{
    Test::TestDatabase tdb;
    const Office o = build(tdb.db());
    Ui::AppContext context(tdb.db(), tdb.clock());
    Ui::DashboardPage page(context);
    page.waitForBackgroundWork();
    QSignalSpy tasks(&page, &Ui::DashboardPage::openTasks);
    QSignalSpy agency(&context, &Ui::AppContext::showAgencyRequested);

    Q_EMIT set(page.charts()->unitChart(), 1)->clicked(1); // the top bar: 甲单位
    QCOMPARE(tasks.count(), 1);
    QCOMPARE(tasks.at(0).at(0).toString(), QStringLiteral("甲单位"));
    Q_EMIT set(page.charts()->unitChart(), 0)->clicked(0);
    QCOMPARE(tasks.at(1).at(0).toString(), QStringLiteral("乙单位"));

    Q_EMIT set(page.charts()->coverageChart(), 0)->clicked(1); // the top bar: A
    QCOMPARE(agency.count(), 1);
    QCOMPARE(agency.at(0).at(0).toLongLong(), o.a);
}

void TestDashboardCharts::deadlinesOfTheNextSevenDays()
{
    Test::TestDatabase tdb;
    build(tdb.db());
    // A certificate expiring in five days: CERT_EXPIRING, and inside the seven days.
    Test::OfficerSpec s;
    s.name = QStringLiteral("钱七");
    s.n = 9;
    s.certNumber = QStringLiteral("ZF9");
    s.certExpires = QDate(2025, 3, 6);
    const qint64 expiring =
        Test::addOfficer(tdb.db(), Test::addAgency(tdb.db(), u"某县交通运输局"_s), s);
    Ui::AppContext context(tdb.db(), tdb.clock());
    Ui::DashboardPage page(context);
    QSignalSpy refreshed(&page, &Ui::DashboardPage::refreshed);
    page.resize(1100, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.waitForBackgroundWork();
    QTRY_VERIFY(refreshed.count() > 0);
    page.waitForBackgroundWork();

    QTreeWidget *tree = page.deadlines()->tree();
    QCOMPARE(tree->topLevelItemCount(), 3);
    QTreeWidgetItem *taskGroup = tree->topLevelItem(0);
    QCOMPARE(taskGroup->childCount(), 1); // due in 3 days; not the one in 10, not the signed off
    QCOMPARE(taskGroup->child(0)->text(0), QStringLiteral("2025-03-04"));
    QVERIFY(taskGroup->child(0)->text(1).contains(u"整改问题1"));
    QCOMPARE(taskGroup->child(0)->text(2), QStringLiteral("甲单位"));
    QTreeWidgetItem *certGroup = tree->topLevelItem(2);
    QCOMPARE(certGroup->childCount(), 1);
    QCOMPARE(certGroup->child(0)->data(0, Ui::DeadlinesPanel::RecordIdRole).toLongLong(), expiring);

    QSignalSpy task(&context, &Ui::AppContext::openTaskRequested);
    QSignalSpy officer(&context, &Ui::AppContext::openOfficerRequested);
    const auto doubleClick = [tree](QTreeWidgetItem *item) {
        tree->scrollToItem(item);
        const QPoint at = tree->visualItemRect(item).center();
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, at);
    };
    doubleClick(taskGroup->child(0));
    QCOMPARE(task.count(), 1);
    QCOMPARE(task.at(0).at(0).toLongLong(), 1);
    doubleClick(certGroup->child(0));
    QCOMPARE(officer.count(), 1);
    QCOMPARE(officer.at(0).at(0).toLongLong(), expiring);
}

void TestDashboardCharts::levelCountFiltersTheList()
{
    Test::TestDatabase tdb;
    build(tdb.db()); // officer 3 of A has no certificate: NO_VALID_CERT (error)
    Ui::AppContext context(tdb.db(), tdb.clock());
    Ui::DashboardPage page(context);
    QSignalSpy refreshed(&page, &Ui::DashboardPage::refreshed);
    QVERIFY(refreshed.wait(10000));
    auto *tree = page.findChild<QTreeWidget *>(QStringLiteral("warningTree"));
    auto *summary = page.findChild<QLabel *>(QStringLiteral("summaryLabel"));
    int errors = 0, others = 0;
    for (const auto &w : page.warnings())
        (w.level == Rules::Level::Error ? errors : others) += 1;
    QVERIFY(errors > 0);
    QVERIFY(others > 0);
    const auto visibleRows = [tree] {
        int n = 0;
        for (QTreeWidgetItemIterator it(tree); *it; ++it)
            if ((*it)->parent() && !(*it)->isHidden() && !(*it)->parent()->isHidden())
                ++n;
        return n;
    };
    QCOMPARE(visibleRows(), errors + others);
    Q_EMIT summary->linkActivated(QStringLiteral("error")); // a click on "Errors: n"
    QCOMPARE(page.levelFilter(), std::optional<Rules::Level>(Rules::Level::Error));
    QCOMPARE(visibleRows(), errors);
    QVERIFY(summary->text().contains(u"underline"));
    Q_EMIT summary->linkActivated(QStringLiteral("error")); // again: every level
    QCOMPARE(page.levelFilter(), std::nullopt);
    QCOMPARE(visibleRows(), errors + others);
}

// With JIANDU_DEMO_DB (a database made by `jiandu-cli demo --as-of 2025-03-01`) and
// JIANDU_SCREENSHOT_DIR: the dashboard on the demo data, saved as dashboard.png.
void TestDashboardCharts::screenshot()
{
    const QString demo = qEnvironmentVariable("JIANDU_DEMO_DB");
    const QString dir = qEnvironmentVariable("JIANDU_SCREENSHOT_DIR");
    if (demo.isEmpty() || dir.isEmpty())
        QSKIP("JIANDU_DEMO_DB and JIANDU_SCREENSHOT_DIR not set");
    QTemporaryDir tmp;
    const QString path = tmp.filePath(u"demo.sqlite"_s);
    QVERIFY(QFile::copy(demo, path));
    FixedClock clock(QDate(2025, 3, 1));
    Database::Options options;
    options.clock = &clock;
    options.actor = u"tester"_s;
    auto db = Database::open(path, options);
    QVERIFY(db);
    Ui::AppContext context(**db, clock);
    QElapsedTimer timer;
    timer.start();
    Ui::DashboardPage page(context);
    page.resize(1060, 780);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.waitForBackgroundWork();
    qInfo("dashboard ready in %lld ms", qint64(timer.elapsed()));
    QTest::qWait(300); // the charts lay out their axes and legends through posted events
    QVERIFY(page.grab().save(dir + u"/dashboard.png"_s));
}

QTEST_MAIN(TestDashboardCharts)
#include "tst_dashboardcharts.moc"
