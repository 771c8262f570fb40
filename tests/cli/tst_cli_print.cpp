// `jiandu-cli print roster` end to end: the built CLI on a real database, its PDF read back.

#include "documents/pdftext.h"
#include "support/clirunner.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace Jiandu;
using Test::runCli;

class TestCliPrint : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestDatabase> m_db;
    QStringList dbArgs() const { return {QStringLiteral("--db"), m_db->path()}; }

private Q_SLOTS:
    void initTestCase();
    void printsTheRoster();
    void filtersByAgencyAndPrintsTheUnit();
    void usageErrors_data();
    void usageErrors();
    void missingDatabaseIsDataError();
    void unwritableOutputIsDataError();
    void worksWithoutPlatformSet();
};

void TestCliPrint::initTestCase()
{
    m_db = std::make_unique<Test::TestDatabase>(QDate(2025, 3, 1));
    const qint64 market = Test::addAgency(m_db->db(), QStringLiteral("清河县市场监督管理局"));
    const qint64 town = Test::addAgency(m_db->db(), QStringLiteral("城关镇人民政府"));
    const QString surnames = QStringLiteral("王李张刘陈杨赵");
    const QString given = QStringLiteral("人一生工门大日明华新");
    for (int i = 1; i <= 70; ++i) {
        Test::OfficerSpec s;
        s.name = surnames.at(i % 7) + given.at(i / 7 % 10) + given.at(i % 10);
        s.n = i;
        s.certNumber = QStringLiteral("CLI%1").arg(i, 5, 10, QLatin1Char('0'));
        Test::addOfficer(m_db->db(), i % 2 ? market : town, s);
    }
    Test::OfficerSpec retired;
    retired.name = QStringLiteral("退休大人");
    retired.n = 100;
    retired.status = OfficerStatus::Retired;
    retired.certNumber = QStringLiteral("CLI-RETIRED");
    Test::addOfficer(m_db->db(), market, retired);
}

void TestCliPrint::printsTheRoster()
{
    const QString pdf = m_db->filePath(QStringLiteral("roster.pdf"));
    const Test::CliRun r = runCli(
        QStringList{QStringLiteral("print"), QStringLiteral("roster"), QStringLiteral("--out"), pdf,
                    QStringLiteral("--as-of"), QStringLiteral("2025-03-01")} +
        dbArgs());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(pdf));
    if (!Test::havePoppler())
        QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
    const QStringList pages = Test::pdfPages(pdf);
    QVERIFY(pages.size() >= 3);
    QVERIFY2(r.err.contains(QString::number(pages.size())), qPrintable(r.err)); // "(N pages)"
    QVERIFY(r.err.contains(pdf));
    const QString text = pages.join(QLatin1Char('\n'));
    for (int i = 1; i <= 70; ++i)
        QVERIFY(text.contains(QStringLiteral("CLI%1").arg(i, 5, 10, QLatin1Char('0'))));
    QVERIFY(!text.contains(QStringLiteral("CLI-RETIRED")));
    QVERIFY(!text.contains(Test::idNumber(1)));
    QCOMPARE(Test::radicalsIn(text), QString());
    QVERIFY(text.contains(QStringLiteral("城关镇人民政府")));
    QVERIFY(pages.constLast().contains(QStringLiteral("第 %1 页 共 %1 页").arg(pages.size())));
    QVERIFY(text.contains(QStringLiteral("2025年3月1日")));
    QVERIFY(Test::pdfInfo(pdf).contains(QStringLiteral("842 x 595")));
}

void TestCliPrint::filtersByAgencyAndPrintsTheUnit()
{
    const QString pdf = m_db->filePath(QStringLiteral("town.pdf"));
    const Test::CliRun r = runCli(
        QStringList{QStringLiteral("print"), QStringLiteral("roster"), QStringLiteral("--out"), pdf,
                    QStringLiteral("--agency"), QStringLiteral("城关镇人民政府"),
                    QStringLiteral("--unit"), QStringLiteral("清河县司法局执法监督科"),
                    QStringLiteral("--as-of"), QStringLiteral("2025-03-01")} +
        dbArgs());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    if (!Test::havePoppler())
        QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
    const QString text = Test::pdfPages(pdf).join(QLatin1Char('\n'));
    QVERIFY(text.contains(QStringLiteral("清河县司法局执法监督科")));
    QVERIFY(text.contains(QStringLiteral("CLI00002")));
    QVERIFY(!text.contains(QStringLiteral("CLI00001")));
    QVERIFY(!text.contains(QStringLiteral("清河县市场监督管理局")));
}

void TestCliPrint::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    const QString out = QStringLiteral("x.pdf");
    QTest::newRow("no kind") << QStringList{QStringLiteral("print")};
    QTest::newRow("ledger of no activity") << QStringList{
        QStringLiteral("print"), QStringLiteral("ledger"), QStringLiteral("--activity"),
        QStringLiteral("没有这个活动"), QStringLiteral("--out"), out};
    QTest::newRow("unknown kind") << QStringList{QStringLiteral("print"), QStringLiteral("poster"),
                                                 QStringLiteral("--out"), out};
    QTest::newRow("no --out") << QStringList{QStringLiteral("print"), QStringLiteral("roster")};
    QTest::newRow("not pdf") << QStringList{QStringLiteral("print"), QStringLiteral("roster"),
                                            QStringLiteral("--out"), QStringLiteral("x.xlsx")};
    QTest::newRow("bad date") << QStringList{
        QStringLiteral("print"),   QStringLiteral("roster"),    QStringLiteral("--out"), out,
        QStringLiteral("--as-of"), QStringLiteral("2025-13-01")};
    QTest::newRow("unknown agency") << QStringList{
        QStringLiteral("print"),    QStringLiteral("roster"),    QStringLiteral("--out"), out,
        QStringLiteral("--agency"), QStringLiteral("没有这个局")};
}

void TestCliPrint::usageErrors()
{
    QFETCH(QStringList, args);
    const QString pdf = m_db->filePath(QStringLiteral("x.pdf"));
    args.replaceInStrings(QStringLiteral("x.pdf"), pdf);
    const Test::CliRun r =
        runCli(args + dbArgs() + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.trimmed().isEmpty());
    QVERIFY(!QFile::exists(pdf));
    if (QTest::currentDataTag() == QByteArray("unknown kind"))
        QVERIFY2(r.err.contains(QStringLiteral("ledger, document")), qPrintable(r.err));
}

void TestCliPrint::missingDatabaseIsDataError()
{
    const QString pdf = m_db->filePath(QStringLiteral("missing.pdf"));
    const QString missing = m_db->filePath(QStringLiteral("nowhere.sqlite"));
    const Test::CliRun r = runCli({QStringLiteral("print"), QStringLiteral("roster"),
                                   QStringLiteral("--out"), pdf, QStringLiteral("--db"), missing});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(!QFile::exists(missing)); // print never creates a database
    QVERIFY(!QFile::exists(pdf));
}

void TestCliPrint::unwritableOutputIsDataError()
{
    const QString pdf = m_db->filePath(QStringLiteral("no/such/dir/roster.pdf"));
    const Test::CliRun r = runCli(QStringList{QStringLiteral("print"), QStringLiteral("roster"),
                                              QStringLiteral("--out"), pdf} +
                                  dbArgs());
    QCOMPARE(r.exitCode, 3);
    QVERIFY(!r.err.trimmed().isEmpty());
    QVERIFY(!QFile::exists(pdf));
}

void TestCliPrint::worksWithoutPlatformSet()
{
    // From a shell without a display and without QT_QPA_PLATFORM, as a cron job would run it.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    const QString pdf = m_db->filePath(QStringLiteral("cron.pdf"));
    const Test::CliRun r = runCli(QStringList{QStringLiteral("print"), QStringLiteral("roster"),
                                              QStringLiteral("--out"), pdf} +
                                      dbArgs(),
                                  env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(pdf));
}

QTEST_MAIN(TestCliPrint)
#include "tst_cli_print.moc"
