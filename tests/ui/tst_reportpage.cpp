// The 年度报告 page on a small known database (today 2025-03-01): year and scope, the
// computation off the GUI thread, the preview, exports equal to the core writers, and
// finalisation with its comparison against a recomputation.

#include "appcontext.h"
#include "pages/reportpage.h"
#include "report/annualreport.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/reportrepository.h"
#include "storage/transaction.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QPrintPreviewWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace Jiandu;
using namespace Qt::StringLiterals;

namespace {

struct Office
{
    qint64 a = 0;
    qint64 b = 0;
};

void addCase(Database &db, qint64 agency, const QString &no, const QDate &opened,
             const QDate &decided)
{
    EnforcementCase c;
    c.caseNo = no;
    c.agencyId = agency;
    c.kind = CaseKind::Inspection;
    c.title = QStringLiteral("报告测试案件");
    c.party = QStringLiteral("某某公司");
    c.openedOn = opened;
    c.decidedOn = decided;
    Transaction tx(db);
    if (!CaseRepository(db).save(c) || !tx.commit())
        qFatal("addCase failed");
}

// A: two officers (one certified), two cases of 2024 and one of 2023; B: one officer, one
// case of 2024.
Office build(Database &db)
{
    Office o;
    o.a = Test::addAgency(db, QStringLiteral("某县市场监督管理局"));
    o.b = Test::addAgency(db, QStringLiteral("某县生态环境局"));
    Test::OfficerSpec s;
    s.certNumber = QStringLiteral("ZF1");
    Test::addOfficer(db, o.a, s);
    s.n = 2;
    s.name = QStringLiteral("李四");
    s.certNumber.clear();
    Test::addOfficer(db, o.a, s);
    s.n = 3;
    s.name = QStringLiteral("王五");
    s.certNumber = QStringLiteral("ZF3");
    Test::addOfficer(db, o.b, s);
    addCase(db, o.a, u"A-1"_s, QDate(2024, 2, 1), QDate(2024, 3, 1));
    addCase(db, o.a, u"A-2"_s, QDate(2024, 5, 1), {});
    addCase(db, o.a, u"A-3"_s, QDate(2023, 5, 1), QDate(2023, 6, 1));
    addCase(db, o.b, u"B-1"_s, QDate(2024, 7, 1), QDate(2024, 8, 1));
    return o;
}

QString cell(QTableWidget *table, const QString &label, int column)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text().trimmed() == label)
            return table->item(r, column)->text();
    return QStringLiteral("(no row %1)").arg(label);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestReportPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QSettings().clear(); }
    void yearAndScope();
    void computeShowsTheFigures();
    void oneBody();
    void exportsEqualTheCoreWriters();
    void finaliseRecordsAndCompares();
    void screenshot();
};

void TestReportPage::yearAndScope()
{
    QCOMPARE(Ui::ReportPage::defaultYear(QDate(2025, 1, 15)), 2024);
    QCOMPARE(Ui::ReportPage::defaultYear(QDate(2025, 3, 31)), 2024);
    QCOMPARE(Ui::ReportPage::defaultYear(QDate(2025, 4, 1)), 2025);
    Test::TestDatabase tdb;
    const Office o = build(tdb.db());
    Ui::AppContext context(tdb.db(), tdb.clock());
    {
        Ui::ReportPage page(context);
        QCOMPARE(page.year(), 2024);
        QCOMPARE(page.agencyId(), std::nullopt);
        auto *scope = page.findChild<QComboBox *>(QStringLiteral("scopeBox"));
        QCOMPARE(scope->count(), 3);
        QCOMPARE(scope->itemText(1), QStringLiteral("某县市场监督管理局"));
        // Nothing computed yet: nothing to export or finalise.
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("exportJson"))->isEnabled());
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("finaliseButton"))->isEnabled());
        page.findChild<QSpinBox *>(QStringLiteral("yearBox"))->setValue(2023);
        scope->setCurrentIndex(scope->findData(o.b));
    }
    // Remembered for the next time.
    Ui::ReportPage again(context);
    QCOMPARE(again.year(), 2023);
    QCOMPARE(again.agencyId(), std::optional<qint64>(o.b));
}

void TestReportPage::computeShowsTheFigures()
{
    Test::TestDatabase tdb;
    build(tdb.db());
    Ui::AppContext context(tdb.db(), tdb.clock());
    Ui::ReportPage page(context);
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy computed(&page, &Ui::ReportPage::computed);
    page.findChild<QPushButton *>(QStringLiteral("computeButton"))->click();
    QVERIFY(page.isComputing());
    QVERIFY(page.findChild<QProgressBar *>(QStringLiteral("busyIndicator"))->isVisible());
    page.waitForBackgroundWork();
    QCOMPARE(computed.count(), 1);
    QVERIFY(!page.findChild<QProgressBar *>(QStringLiteral("busyIndicator"))->isVisible());
    QVERIFY(page.report());
    QCOMPARE(page.report()->year, 2024);
    QCOMPARE(page.report()->asOf, QDate(2024, 12, 31));
    QCOMPARE(page.report()->current.cases.total, 3);

    auto *table = page.findChild<QTableWidget *>(QStringLiteral("figuresTable"));
    QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("2024"));
    QCOMPARE(table->horizontalHeaderItem(2)->text(), QStringLiteral("2023"));
    QCOMPARE(cell(table, u"Cases of the year"_s, 1), QStringLiteral("3"));
    QCOMPARE(cell(table, u"Cases of the year"_s, 2), QStringLiteral("1"));
    QCOMPARE(cell(table, u"Officers in post"_s, 1), QStringLiteral("3"));
    QCOMPARE(cell(table, u"Certificate coverage"_s, 1), QStringLiteral("66.67% (2/3)"));
    QCOMPARE(cell(table, u"Major decisions with legal review"_s, 1), QStringLiteral("—"));
    QVERIFY(page.findChild<QPushButton *>(QStringLiteral("exportJson"))->isEnabled());

    // The printed report, laid out when its tab is shown.
    page.previewTabs()->setCurrentIndex(1);
    QVERIFY2(page.printPreview()->pageCount() >= 2,
             qPrintable(QString::number(page.printPreview()->pageCount())));
    page.previewTabs()->setCurrentIndex(0);

    // Another year: the figures on screen are dropped until computed again.
    page.setYear(2023);
    QVERIFY(!page.report());
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("exportJson"))->isEnabled());
}

void TestReportPage::oneBody()
{
    Test::TestDatabase tdb;
    const Office o = build(tdb.db());
    Ui::AppContext context(tdb.db(), tdb.clock());
    Ui::ReportPage page(context);
    page.setAgency(o.b);
    page.compute();
    page.waitForBackgroundWork();
    QVERIFY(page.report());
    QCOMPARE(page.report()->agencyId, std::optional<qint64>(o.b));
    QCOMPARE(page.report()->scope, QStringLiteral("某县生态环境局"));
    QCOMPARE(page.report()->current.cases.total, 1);
    auto *status = page.findChild<QLabel *>(QStringLiteral("statusLabel"));
    QVERIFY2(status->text().contains(u"某县生态环境局"), qPrintable(status->text()));
}

void TestReportPage::exportsEqualTheCoreWriters()
{
    Test::TestDatabase tdb;
    build(tdb.db());
    Ui::AppContext context(tdb.db(), tdb.clock());
    Ui::ReportPage page(context);
    QVERIFY(!page.exportTo(tdb.filePath(u"early.json"_s))); // nothing computed yet
    page.compute();
    page.waitForBackgroundWork();
    auto expected = computeAnnualReport(tdb.db(), 2024, std::nullopt, QDate(2024, 12, 31));
    QVERIFY(expected);

    const QString json = tdb.filePath(u"report.json"_s);
    QVERIFY(page.exportTo(json));
    QCOMPARE(QString::fromUtf8(readAll(json)), Report::toJson(*expected));
    for (const char *name : {"report.csv", "report.xlsx", "report.pdf", "report.odt"}) {
        const QString path = tdb.filePath(QString::fromLatin1(name));
        auto written = page.exportTo(path);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        QVERIFY2(QFileInfo(path).size() > 100, name);
    }
    QVERIFY(readAll(tdb.filePath(u"report.pdf"_s)).startsWith("%PDF"));
    QVERIFY(!page.exportTo(tdb.filePath(u"report.txt"_s)));
}

void TestReportPage::finaliseRecordsAndCompares()
{
    Test::TestDatabase tdb;
    const Office o = build(tdb.db());
    Ui::AppContext context(tdb.db(), tdb.clock());
    Ui::ReportPage page(context);
    page.compute();
    page.waitForBackgroundWork();
    auto *label = page.findChild<QLabel *>(QStringLiteral("finalLabel"));
    QVERIFY2(label->text().contains(u"Not finalised"), qPrintable(label->text()));
    QSignalSpy finalised(&page, &Ui::ReportPage::finalised);
    page.finalise(false);
    QCOMPARE(finalised.count(), 1);
    QTableWidget *list = page.finalisations();
    QCOMPARE(list->rowCount(), 1);
    const QString sha = ReportRepository::sha256(Report::toJson(*page.report()));
    QCOMPARE(list->item(0, 0)->text(), QStringLiteral("2024"));
    QCOMPARE(list->item(0, 2)->text(), QStringLiteral("1"));
    QCOMPARE(list->item(0, 5)->text(), QStringLiteral("tester"));
    QCOMPARE(list->item(0, 6)->text(), sha);
    QCOMPARE(label->toolTip(), sha);
    QVERIFY2(label->text().contains(sha.left(16)) && label->text().contains(u"tester"),
             qPrintable(label->text()));
    page.finalise(false); // a second finalisation is the next in sequence
    QCOMPARE(list->rowCount(), 2);
    QCOMPARE(list->item(0, 2)->text(), QStringLiteral("2"));

    // Unchanged data: no difference. A case of 2024 added later: cases.total differs.
    QSignalSpy differences(&page, &Ui::ReportPage::differencesFound);
    page.compareWithNow(0);
    QTRY_COMPARE_WITH_TIMEOUT(differences.count(), 1, 10000);
    QVERIFY(differences.at(0).at(0).toStringList().isEmpty());
    addCase(tdb.db(), o.b, u"B-2"_s, QDate(2024, 9, 1), QDate(2024, 10, 1));
    page.compareWithNow(1);
    QTRY_COMPARE_WITH_TIMEOUT(differences.count(), 2, 10000);
    const QStringList keys = differences.at(1).at(0).toStringList();
    QVERIFY2(keys.contains(u"current.cases.total"_s), qPrintable(keys.join(u' ')));
    const auto dialogs = page.findChildren<QDialog *>(QStringLiteral("differencesDialog"));
    QCOMPARE(dialogs.size(), 2);
    QDialog *dialog = dialogs.last();
    QVERIFY(dialog->findChild<QTableWidget *>()->rowCount() >= 1);
}

// With JIANDU_DEMO_DB (a database made by `jiandu-cli demo --as-of 2025-03-01`) and
// JIANDU_SCREENSHOT_DIR: the page with the demo county's 2024 report, saved as
// report-page.png.
void TestReportPage::screenshot()
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
    options.actor = u"监督科"_s;
    auto db = Database::open(path, options);
    QVERIFY(db);
    Ui::AppContext context(**db, clock);
    Ui::ReportPage page(context);
    page.resize(1060, 780);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.compute();
    page.waitForBackgroundWork();
    page.finalise(false);
    page.finalisations()->selectRow(0);
    QVERIFY(page.grab().save(dir + u"/report-page.png"_s));
    page.previewTabs()->setCurrentIndex(1);
    QCOMPARE(page.printPreview()->pageCount() > 3, true);
    QVERIFY(page.grab().save(dir + u"/report-page-printed.png"_s));
}

QTEST_MAIN(TestReportPage)
#include "tst_reportpage.moc"
