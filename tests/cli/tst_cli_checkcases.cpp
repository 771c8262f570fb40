// `jiandu-cli check` covers the case rules: JSON of a case warning (spec/warnings.md).

#include "core/tst_rulehelpers.h"
#include "support/clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Jiandu;
using namespace Jiandu::Test;

class TestCliCheckCases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publicityOverdueInJson()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
        QCOMPARE(runCli({QStringLiteral("init"), QStringLiteral("--db"), path}).exitCode, 0);
        {
            auto opened = Database::open(path);
            QVERIFY(opened);
            Database &db = *opened.value();
            const qint64 agency = addAgency(db, QStringLiteral("某市市场监督管理局"));
            OfficerSpec a;
            a.certNumber = QStringLiteral("ZF1");
            const qint64 o1 = addOfficer(db, agency, a);
            OfficerSpec b;
            b.n = 2;
            b.certNumber = QStringLiteral("ZF2");
            const qint64 o2 = addOfficer(db, agency, b);
            // Decided on the Friday before National Day 2024, never published: due 12 October.
            saveCase(db, ruleCase(agency, QStringLiteral("市监罚〔2024〕8号"), CaseKind::Penalty,
                                  QDate(2024, 9, 2), QDate(2024, 9, 27), {o1, o2}));
        }
        const CliRun run = runCli({QStringLiteral("check"), QStringLiteral("--db"), path,
                                   QStringLiteral("--as-of"), QStringLiteral("2024-10-13"),
                                   QStringLiteral("--format"), QStringLiteral("json"),
                                   QStringLiteral("--fail-on"), QStringLiteral("error")});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject doc = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(doc.value(QStringLiteral("as_of")).toString(), QStringLiteral("2024-10-13"));
        QJsonObject found;
        for (const QJsonValue &v : doc.value(QStringLiteral("warnings")).toArray())
            if (v.toObject().value(QStringLiteral("rule")).toString() == u"PUBLICITY_OVERDUE")
                found = v.toObject();
        QVERIFY2(!found.isEmpty(), qPrintable(run.out));
        QCOMPARE(found.value(QStringLiteral("level")).toString(), QStringLiteral("error"));
        QCOMPARE(found.value(QStringLiteral("subject")).toString(), QStringLiteral("case"));
        QCOMPARE(found.value(QStringLiteral("key")).toString(), QStringLiteral("市监罚〔2024〕8号"));
        QCOMPARE(found.value(QStringLiteral("agency")).toString(), QStringLiteral("某市市场监督管理局"));
        QCOMPARE(found.value(QStringLiteral("due")).toString(), QStringLiteral("2024-10-12"));
        QVERIFY(found.value(QStringLiteral("message")).toString().contains(QStringLiteral("市监罚〔2024〕8号")));

        // The day before the deadline passes it is only due (a warning, exit 0).
        const CliRun due = runCli({QStringLiteral("check"), QStringLiteral("--db"), path,
                                   QStringLiteral("--as-of"), QStringLiteral("2024-10-12"),
                                   QStringLiteral("--format"), QStringLiteral("json"),
                                   QStringLiteral("--fail-on"), QStringLiteral("error")});
        QCOMPARE(due.exitCode, 0);
        QVERIFY(due.out.contains(QStringLiteral("\"rule\": \"PUBLICITY_DUE\"")));
        QVERIFY(!due.out.contains(QStringLiteral("PUBLICITY_OVERDUE")));
    }
};

QTEST_GUILESS_MAIN(TestCliCheckCases)
#include "tst_cli_checkcases.moc"
