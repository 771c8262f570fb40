// importFile / exportFile for supervision findings (the template of io/README.md
// "findings"): every bad cell reported, all-or-nothing, idempotence without audit rows,
// updates on the key 来源 + 执法主体 + 问题, the round trip.

#include "io/importer.h"
#include "storage/activityrepository.h"
#include "storage/caserepository.h"
#include "storage/findingrepository.h"
#include "storage/transaction.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QTest>

using namespace Jiandu;
using namespace Jiandu::Io;
using namespace Qt::StringLiterals;

namespace {
const QString kHeader = u"来源,执法主体,发现日期,问题,类别,严重程度,案号\n"_s;

QString write(Test::TestDatabase &t, const QString &name, const QString &text)
{
    QFile f(t.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write test file");
    f.write(text.toUtf8());
    return f.fileName();
}

QStringList lines(const ImportReport &r, Problem::Severity severity)
{
    QStringList out;
    for (const Problem &p : r.problems)
        if (p.severity == severity)
            out << p.toString();
    return out;
}

QList<Finding> findingsOf(Test::TestDatabase &t, const QString &activity)
{
    auto a = ActivityRepository(t.db()).findByName(activity);
    if (!a || !a.value())
        qFatal("no activity");
    return FindingRepository(t.db()).listByActivity(a.value()->id).value();
}
} // namespace

class TestFindingImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importUpdateAndRoundTrip()
    {
        Test::TestDatabase t;
        const qint64 market = Test::addAgency(t.db(), u"清河县市场监督管理局"_s);
        Test::addAgency(t.db(), u"清河县综合行政执法局"_s);
        EnforcementCase c;
        c.caseNo = u"清河市监罚〔2024〕12号"_s;
        c.agencyId = market;
        c.kind = CaseKind::Penalty;
        c.title = u"某超市销售过期食品案"_s;
        c.openedOn = QDate(2024, 3, 1);
        {
            Transaction tx(t.db());
            QVERIFY(CaseRepository(t.db()).save(c));
            QVERIFY(tx.commit());
        }

        const QString file = write(t, u"f.csv"_s, kHeader
            + u"2025年度行政执法突出问题专项整治,清河县市场监督管理局,2025-04-10,部分行政处罚案卷未履行告知程序,执法程序,一般,清河市监罚〔2024〕12号\n"
              "2025年度行政执法突出问题专项整治,清河县综合行政执法局,2025/4/12,执法证件超期仍独立执法,执法人员管理,严重,\n"
              "驻清河县综合行政执法局驻站式执法监督,清河县综合行政执法局,2025年5月6日,证据链条不完整,,,\n"_s);
        const ImportReport r = importFile(t.db(), Kind::Findings, file);
        QVERIFY2(r.committed, qPrintable(lines(r, Problem::Severity::Error).join(u'\n')));
        QCOMPARE(r.inserted, 3);
        const QList<Finding> campaign = findingsOf(t, u"2025年度行政执法突出问题专项整治"_s);
        QCOMPARE(campaign.size(), 2);
        QCOMPARE(campaign.first().caseId, std::optional<qint64>(c.id));
        QCOMPARE(campaign.first().source, u"2025年度行政执法突出问题专项整治"_s);
        QCOMPARE(campaign.at(1).severity, FindingSeverity::Serious);
        QCOMPARE(findingsOf(t, u"驻清河县综合行政执法局驻站式执法监督"_s).first().severity, FindingSeverity::Ordinary);

        const qint64 audit = t.rowCount(u"audit_log"_s);
        QCOMPARE(importFile(t.db(), Kind::Findings, file).unchanged, 3);
        QCOMPARE(t.rowCount(u"audit_log"_s), audit);

        const QString changed = write(t, u"g.csv"_s, kHeader
            + u"2025年度行政执法突出问题专项整治,清河县综合行政执法局,2025-04-12,执法证件超期仍独立执法,执法人员管理,一般,\n"_s);
        const ImportReport update = importFile(t.db(), Kind::Findings, changed);
        QCOMPARE(update.updated, 1);
        QCOMPARE(findingsOf(t, u"2025年度行政执法突出问题专项整治"_s).at(1).severity, FindingSeverity::Ordinary);
        QCOMPARE(t.rowCount(u"finding"_s), 3);

        for (const QString &name : {u"out.csv"_s, u"out.xlsx"_s}) {
            auto n = exportFile(t.db(), Kind::Findings, t.filePath(name));
            QVERIFY(n);
            QCOMPARE(n.value(), 3);
            const ImportReport back = importFile(t.db(), Kind::Findings, t.filePath(name));
            QVERIFY2(!back.hasErrors(), qPrintable(lines(back, Problem::Severity::Error).join(u'\n')));
            QCOMPARE(back.unchanged, 3);
        }
    }

    void badFileReportsEveryCell()
    {
        Test::TestDatabase t;
        Test::addAgency(t.db(), u"清河县市场监督管理局"_s);
        const qint64 audit = t.rowCount(u"audit_log"_s);
        const QString file = write(t, u"bad.csv"_s, kHeader
            + u",清河县交通局,2025-13-01,,,很严重,X-1\n"
              "专项监督,清河县市场监督管理局,2025-04-01,问题甲,,,\n"
              "专项监督,清河县市场监督管理局,2025-04-02,问题甲,,,\n"_s);
        const ImportReport r = importFile(t.db(), Kind::Findings, file);
        QVERIFY(!r.committed);
        QCOMPARE(lines(r, Problem::Severity::Error),
                 (QStringList{u"bad.csv:2: 来源: a value is required"_s,
                              u"bad.csv:2: 执法主体: no enforcement body is named \"清河县交通局\"; import the agencies first"_s,
                              u"bad.csv:2: 发现日期: \"2025-13-01\" is not a date; write it as 2024-03-05, 2024/3/5, 2024.3.5 or 2024年3月5日"_s,
                              u"bad.csv:2: 问题: a value is required"_s,
                              u"bad.csv:2: 严重程度: \"很严重\" is not one of 轻微、一般、严重"_s,
                              u"bad.csv:2: 案号: no case has the number X-1; import the cases first"_s,
                              u"bad.csv:4: 问题: duplicate: the same record is already on line 3"_s}));
        QCOMPARE(t.rowCount(u"finding"_s), 0);
        QCOMPARE(t.rowCount(u"supervision_activity"_s), 0);
        QCOMPARE(t.rowCount(u"audit_log"_s), audit);
    }
};

QTEST_GUILESS_MAIN(TestFindingImport)
#include "tst_findingimport.moc"
