// `jiandu-cli print ledger` and `print document` end to end: tasks and documents written
// through the real repositories, the built CLI run on them, its PDFs read back.

#include "core/tst_supervisionhelpers.h"
#include "documents/pdftext.h"
#include "storage/documentrepository.h"
#include "storage/settingsrepository.h"
#include "support/clirunner.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Jiandu;
using Test::runCli;

namespace {

const QString kActivity = QStringLiteral("2025年度行政执法专项监督");
const QString kOther = QStringLiteral("2024年度案卷评查整改");
const QString kMarket = QStringLiteral("清河县市场监督管理局");
const QString kTown = QStringLiteral("城关镇人民政府");

QString problemOf(int i)
{
    return QStringLiteral("行政处罚案卷中调查询问笔录记载不完整，当事人陈述申辩权利告知不规范，"
                          "个别案件证据收集不全面，法律文书送达程序不符合规定（第%1项问题止）")
        .arg(i);
}

QString stripped(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s+")));
    return s;
}

QString rawText(const QString &pdf)
{
    return stripped(Test::runTool(QStringLiteral("pdftotext"),
                                  {QStringLiteral("-raw"), pdf, QStringLiteral("-")}));
}

} // namespace

class TestCliPrintSupervision : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestDatabase> m_db;
    QString m_number;
    QStringList dbArgs() const { return {QStringLiteral("--db"), m_db->path()}; }
    Test::CliRun print(const QStringList &args) const
    {
        return runCli(QStringList{QStringLiteral("print")} + args + dbArgs() +
                      QStringList{QStringLiteral("--as-of"), QStringLiteral("2025-03-01")});
    }

private Q_SLOTS:
    void initTestCase();
    void printsTheLedgerOfAnActivity();
    void filtersTheLedgerByAgency();
    void printsAnIssuedDocument();
    void usageErrors_data();
    void usageErrors();
};

void TestCliPrintSupervision::initTestCase()
{
    m_db = std::make_unique<Test::TestDatabase>(QDate(2025, 3, 1));
    Database &db = m_db->db();
    {
        Transaction tx(db);
        QVERIFY(SettingsRepository(db).setValue(QStringLiteral("office/name"),
                                                QStringLiteral("清河县司法局")));
        QVERIFY(tx.commit());
    }
    const qint64 market = Test::addAgency(db, kMarket);
    Test::addAgency(db, kTown);
    const qint64 activity = Test::addSupervision(db, kActivity, {market});
    const qint64 other = Test::addSupervision(db, kOther);
    QList<qint64> tasks;
    for (int i = 1; i <= 24; ++i) {
        Test::TaskSpec s;
        s.seq = QString::number(i);
        s.problem = problemOf(i);
        s.lead = QStringLiteral("政策法规科");
        s.responsible = {i % 2 ? kMarket : kTown};
        if (i == 3) {
            s.status = TaskStatus::SignedOff;
            s.completedOn = QDate(2025, 2, 10);
            s.closedOn = QDate(2025, 2, 20);
        }
        tasks << Test::addTask(db, activity, s);
    }
    TaskRepository repo(db);
    QVERIFY(repo.transition(tasks.at(4), TaskStatus::InProgress, QDate(2025, 2, 1)).ok());
    TaskProgress p;
    p.taskId = tasks.at(4);
    p.reportedOn = QDate(2025, 2, 15);
    p.done = QStringLiteral("已完成案卷重新装订");
    p.percent = 60;
    QVERIFY(repo.addProgress(p).ok());
    Test::TaskSpec foreign;
    foreign.seq = QStringLiteral("1");
    foreign.problem = QStringLiteral("另一活动的问题不应出现");
    Test::addTask(db, other, foreign);

    SupervisionDocument d;
    d.kind = DocumentKind::RectificationNotice;
    d.title = QStringLiteral("关于限期整改行政执法问题的通知");
    d.recipient = kMarket;
    d.recipientAgencyId = market;
    d.body = QStringLiteral(
        "根据县政府年度行政执法监督工作安排，县司法局对你局行政执法工作开展了专项监督，"
        "现将发现的问题通知如下。\n一、存在的问题\n（一）案卷制作不规范。"
        "详见附件。\n二、整改要求\n请于三十日内书面报送整改情况。");
    d.issuer = QStringLiteral("清河县司法局");
    d.activityId = activity;
    d.draftedOn = QDate(2025, 2, 28);
    d.taskIds = tasks.mid(0, 6);
    DocumentRepository docs(db);
    const qint64 id = Test::require(docs.save(d), "document");
    m_number = Test::require(docs.issue(id, QDate(2025, 3, 1)), "issue");
    QVERIFY(!m_number.isEmpty());
    SupervisionDocument draft = d;
    draft.id = 0;
    draft.title = QStringLiteral("尚未签发的草稿");
    QVERIFY(docs.save(draft).ok());
}

void TestCliPrintSupervision::printsTheLedgerOfAnActivity()
{
    const QString pdf = m_db->filePath(QStringLiteral("ledger.pdf"));
    const Test::CliRun r = print({QStringLiteral("ledger"), QStringLiteral("--activity"), kActivity,
                                  QStringLiteral("--out"), pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.err.contains(pdf));
    if (!Test::havePoppler())
        QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
    const QStringList pages = Test::pdfPages(pdf);
    QVERIFY(pages.size() >= 2);
    QVERIFY(pages.at(0).contains(QStringLiteral("整改台账")));
    QVERIFY(pages.at(0).contains(kActivity));
    QVERIFY(pages.at(0).contains(QStringLiteral("填报单位：清河县司法局")));
    QVERIFY(pages.at(0).contains(QStringLiteral("打印日期：2025年3月1日")));
    QVERIFY(pages.constLast().contains(QStringLiteral("第 %1 页 共 %1 页").arg(pages.size())));
    QVERIFY(Test::pdfInfo(pdf).contains(QStringLiteral("842 x 595")));
    const QString raw = rawText(pdf);
    for (int i = 1; i <= 24; ++i)
        QVERIFY2(raw.contains(problemOf(i)), qPrintable(problemOf(i)));
    QVERIFY(!raw.contains(QStringLiteral("另一活动的问题不应出现")));
    QVERIFY(raw.contains(QStringLiteral("已销号（2025年2月20日）")));
    QVERIFY(raw.contains(QStringLiteral("整改中60%")));
    QVERIFY(raw.contains(QStringLiteral("2025年6月底前")));
    QCOMPARE(Test::radicalsIn(pages.join(QString())), QString());
}

void TestCliPrintSupervision::filtersTheLedgerByAgency()
{
    const QString pdf = m_db->filePath(QStringLiteral("town.pdf"));
    const Test::CliRun r = print({QStringLiteral("ledger"), QStringLiteral("--agency"), kTown,
                                  QStringLiteral("--unit"), QStringLiteral("清河县司法局监督科"),
                                  QStringLiteral("--out"), pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    if (!Test::havePoppler())
        QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
    const QString raw = rawText(pdf);
    QVERIFY(raw.contains(QStringLiteral("填报单位：清河县司法局监督科")));
    QVERIFY(raw.contains(QStringLiteral("责任单位：") + kTown));
    for (int i = 1; i <= 24; ++i)
        QCOMPARE(raw.contains(problemOf(i)), i % 2 == 0);
}

void TestCliPrintSupervision::printsAnIssuedDocument()
{
    const QString pdf = m_db->filePath(QStringLiteral("document.pdf"));
    const Test::CliRun r =
        print({QStringLiteral("document"), m_number, QStringLiteral("--out"), pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.err.contains(pdf));
    // The fallback fonts are named when the official ones are not installed.
    const QString installed =
        Test::runTool(QStringLiteral("fc-list"), {QStringLiteral(":"), QStringLiteral("family")});
    if (!installed.contains(QStringLiteral("仿宋_GB2312")) &&
        !installed.contains(QStringLiteral("FangSong_GB2312")))
        QVERIFY2(r.err.contains(QStringLiteral("仿宋_GB2312")), qPrintable(r.err));
    if (!Test::havePoppler())
        QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
    QVERIFY(Test::pdfInfo(pdf).contains(QRegularExpression(QStringLiteral("595(\\.\\d+)? x 84"))));
    const QStringList pages = Test::pdfPages(pdf);
    QVERIFY(pages.size() >= 2);
    const QString first = stripped(pages.at(0));
    QVERIFY2(first.contains(stripped(m_number)), qPrintable(first));
    QVERIFY(first.contains(QStringLiteral("清河县司法局")));
    QVERIFY(first.contains(QStringLiteral("关于限期整改行政执法问题的通知")));
    QVERIFY(first.contains(kMarket + QStringLiteral("：")));
    QVERIFY(pages.at(0).contains(QStringLiteral("— 1 —")));
    const QString raw = rawText(pdf);
    QVERIFY(raw.contains(QStringLiteral("附件：整改任务清单")));
    QVERIFY(raw.contains(QStringLiteral("2025年3月1日")));
    for (int i = 1; i <= 6; ++i)
        QVERIFY2(raw.contains(problemOf(i)), qPrintable(problemOf(i)));
    QVERIFY(!raw.contains(problemOf(7)));
    QVERIFY(!raw.contains(QStringLiteral("草稿")));

    // The number as typed without the official brackets finds the same document.
    QString typed = m_number;
    typed.replace(u'〔', u'[').replace(u'〕', u']');
    const QString again = m_db->filePath(QStringLiteral("typed.pdf"));
    const Test::CliRun r2 =
        print({QStringLiteral("document"), typed, QStringLiteral("--out"), again});
    QVERIFY2(r2.exitCode == 0, qPrintable(r2.err));
    QVERIFY(QFile::exists(again));
}

void TestCliPrintSupervision::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString out = QStringLiteral("x.pdf");
    QTest::newRow("unknown activity")
        << QStringList{QStringLiteral("ledger"), QStringLiteral("--activity"),
                       QStringLiteral("没有这个活动"), QStringLiteral("--out"), out}
        << QStringLiteral("no supervision activity");
    QTest::newRow("ledger argument")
        << QStringList{QStringLiteral("ledger"), QStringLiteral("x"), QStringLiteral("--out"), out}
        << QStringLiteral("no further arguments");
    QTest::newRow("ledger without --out")
        << QStringList{QStringLiteral("ledger")} << QStringLiteral("--out");
    QTest::newRow("document without number")
        << QStringList{QStringLiteral("document"), QStringLiteral("--out"), out}
        << QStringLiteral("issuing number");
    QTest::newRow("unknown number or draft")
        << QStringList{QStringLiteral("document"), QStringLiteral("清司监通〔2025〕99号"),
                       QStringLiteral("--out"), out}
        << QStringLiteral("A draft has no number");
}

void TestCliPrintSupervision::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QString pdf = m_db->filePath(QStringLiteral("x.pdf"));
    args.replaceInStrings(QStringLiteral("x.pdf"), pdf);
    const Test::CliRun r =
        print(args + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFile::exists(pdf));
}

QTEST_MAIN(TestCliPrintSupervision)
#include "tst_cli_printsupervision.moc"
