// `jiandu-cli check` end to end: formats, masking and exit codes (spec/cli.md).

#include "domain/identity.h"
#include "storage/database.h"
#include "support/fixtures.h"

#include "support/clirunner.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <QtTest>

using namespace Jiandu;
using namespace Qt::StringLiterals;

namespace {
Test::CliRun cli(const QStringList &args)
{
    return Test::runCli(args);
}
} // namespace

class TestCliCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_warningsOnly;

    // init through the CLI, then fill through the repositories (the file is closed again
    // before the CLI runs).
    QString makeDatabase(const QString &name, bool withError)
    {
        const QString path = m_dir.filePath(name);
        const Test::CliRun init = cli({u"init"_s, u"--db"_s, path});
        if (init.exitCode != 0)
            qFatal("init failed: %s", qPrintable(init.err));
        auto opened = Database::open(path);
        if (!opened)
            qFatal("open failed");
        Database &db = *opened.value();
        const qint64 agency = Test::addAgency(db, u"某市市场监督管理局"_s);
        Test::OfficerSpec expiring;
        expiring.n = 1;
        expiring.legalReviewer = true;
        expiring.certNumber = u"A1"_s;
        expiring.certExpires = QDate(2025, 3, 20);
        const qint64 a = Test::addOfficer(db, agency, expiring);
        Test::addTraining(db, a, QDate(2025, 1, 5), 60, TrainingKind::LawUpdate);
        if (withError) {
            Test::OfficerSpec expired;
            expired.n = 2;
            expired.name = u"李四"_s;
            expired.certNumber = u"A2"_s;
            expired.certExpires = QDate(2025, 1, 31);
            const qint64 b = Test::addOfficer(db, agency, expired);
            Test::addTraining(db, b, QDate(2025, 1, 5), 60, TrainingKind::LawUpdate);
        }
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = makeDatabase(u"office.sqlite"_s, true);
        m_warningsOnly = makeDatabase(u"quiet.sqlite"_s, false);
    }

    void jsonIsMaskedUnlessAsked()
    {
        const Test::CliRun r = cli(
            {u"check"_s, u"--db"_s, m_db, u"--as-of"_s, u"2025-03-01"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(u"as_of"_s).toString(), u"2025-03-01"_s);
        const QJsonArray list = root.value(u"warnings"_s).toArray();
        QCOMPARE(list.size(), 2);
        const QJsonObject first = list.at(0).toObject();
        QCOMPARE(first.value(u"rule"_s).toString(), u"CERT_EXPIRED"_s);
        QCOMPARE(first.value(u"level"_s).toString(), u"error"_s);
        QCOMPARE(first.value(u"subject"_s).toString(), u"officer"_s);
        QCOMPARE(first.value(u"agency"_s).toString(), u"某市市场监督管理局"_s);
        QCOMPARE(first.value(u"due"_s).toString(), u"2025-01-31"_s);
        QCOMPARE(first.value(u"key"_s).toString(), Identity::maskIdNumber(Test::idNumber(2)));
        QVERIFY(first.value(u"message"_s).toString().contains(u"李四"_s));
        QCOMPARE(list.at(1).toObject().value(u"rule"_s).toString(), u"CERT_EXPIRING"_s);
        QVERIFY(!r.out.contains(Test::idNumber(2)));

        const Test::CliRun full = cli({u"check"_s, u"--db"_s, m_db, u"--as-of"_s, u"2025-03-01"_s,
                                       u"--format"_s, u"json"_s, u"--unmasked"_s});
        QCOMPARE(full.exitCode, 0);
        const QJsonArray unmasked =
            QJsonDocument::fromJson(full.out.toUtf8()).object().value(u"warnings"_s).toArray();
        QCOMPARE(unmasked.at(0).toObject().value(u"key"_s).toString(), Test::idNumber(2));
    }

    void textIsOneMaskedLinePerWarning()
    {
        const Test::CliRun r =
            cli({u"check"_s, u"--db"_s, m_db, u"--as-of"_s, u"2025-03-01"_s, u"--lang"_s, u"en"_s});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).contains(u"CERT_EXPIRED"_s));
        QVERIFY(lines.at(0).contains(Identity::maskIdNumber(Test::idNumber(2))));
        QVERIFY(lines.at(1).contains(u"CERT_EXPIRING"_s));
        QVERIFY(!r.out.contains(Test::idNumber(1)) && !r.out.contains(Test::idNumber(2)));
        QVERIFY(r.err.contains(
            u"2 warnings as of 2025-03-01, of which 1 error."_s)); // the summary goes to stderr
    }

    void asOfAndYearChangeTheResult()
    {
        // On 2025-01-15 李四's card is still valid and expires within 30 days; 张三's does not.
        const Test::CliRun early = cli(
            {u"check"_s, u"--db"_s, m_db, u"--as-of"_s, u"2025-01-15"_s, u"--format"_s, u"json"_s});
        QCOMPARE(early.exitCode, 0);
        const QJsonArray list =
            QJsonDocument::fromJson(early.out.toUtf8()).object().value(u"warnings"_s).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(u"rule"_s).toString(), u"CERT_EXPIRING"_s);
        QCOMPARE(list.at(0).toObject().value(u"due"_s).toString(), u"2025-01-31"_s);
        // In 2024 nobody trained: training warnings for both officers.
        const Test::CliRun y = cli({u"check"_s, u"--db"_s, m_db, u"--as-of"_s, u"2025-01-15"_s,
                                    u"--year"_s, u"2024"_s, u"--format"_s, u"json"_s});
        QCOMPARE(y.exitCode, 0);
        QCOMPARE(
            QJsonDocument::fromJson(y.out.toUtf8()).object().value(u"warnings"_s).toArray().size(),
            5);
    }

    void failOnLevels()
    {
        const QStringList base{u"check"_s, u"--as-of"_s, u"2025-03-01"_s, u"--db"_s};
        QCOMPARE(cli(base + QStringList{m_db, u"--fail-on"_s, u"error"_s}).exitCode, 1);
        QCOMPARE(cli(base + QStringList{m_warningsOnly, u"--fail-on"_s, u"error"_s}).exitCode, 0);
        QCOMPARE(cli(base + QStringList{m_warningsOnly, u"--fail-on"_s, u"warning"_s}).exitCode, 1);
        QCOMPARE(cli(base + QStringList{m_warningsOnly, u"--fail-on"_s, u"info"_s}).exitCode, 1);
        QCOMPARE(cli(base + QStringList{m_warningsOnly}).exitCode, 0);
        // Nothing at all on a day when the card is far from expiry.
        QCOMPARE(cli({u"check"_s, u"--db"_s, m_warningsOnly, u"--as-of"_s, u"2025-01-01"_s,
                      u"--fail-on"_s, u"info"_s})
                     .exitCode,
                 0);
    }

    void usageAndDataErrors()
    {
        const Test::CliRun badLevel =
            cli({u"check"_s, u"--db"_s, m_db, u"--fail-on"_s, u"fatal"_s});
        QCOMPARE(badLevel.exitCode, 2);
        QVERIFY(badLevel.err.contains(u"fatal"_s));
        QVERIFY(badLevel.out.isEmpty());
        QCOMPARE(cli({u"check"_s, u"--db"_s, m_db, u"--format"_s, u"csv"_s}).exitCode, 2);
        QCOMPARE(cli({u"check"_s, u"--db"_s, m_db, u"--as-of"_s, u"2025-02-30"_s}).exitCode, 2);
        QCOMPARE(cli({u"check"_s, u"extra"_s, u"--db"_s, m_db}).exitCode, 2);
        const QString missing = m_dir.filePath(u"missing.sqlite"_s);
        const Test::CliRun r = cli({u"check"_s, u"--db"_s, missing});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!QFile::exists(missing));
    }
};

QTEST_GUILESS_MAIN(TestCliCheck)
#include "tst_cli_check.moc"
