// jiandu-cli's conventions end to end (spec/cli.md): init, demo, usage errors, --version.

#include "support/clirunner.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Jiandu;
using Test::runCli;

class TestCliBasic : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version()
    {
        const auto r = runCli({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("jiandu-cli ")));
    }

    void usageErrors()
    {
        QCOMPARE(runCli({}).exitCode, 2);
        const auto unknown = runCli({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("frobnicate")));
        QCOMPARE(runCli({QStringLiteral("check"), QStringLiteral("--no-such-option")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("check"), QStringLiteral("--as-of"),
                         QStringLiteral("2025-13-01")})
                     .exitCode,
                 2);
        QCOMPARE(
            runCli({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("xml")})
                .exitCode,
            2);
    }

    void missingDatabaseIsCreatedOnlyByInitAndDemo()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("new.sqlite"));
        const auto check = runCli({QStringLiteral("check"), QStringLiteral("--db"), db});
        QCOMPARE(check.exitCode, 3);
        QVERIFY(check.err.contains(db));
        QVERIFY(!QFile::exists(db));

        const auto init = runCli({QStringLiteral("init"), QStringLiteral("--db"), db});
        QCOMPARE(init.exitCode, 0);
        QVERIFY(QFile::exists(db));
        const auto again = runCli({QStringLiteral("init"), QStringLiteral("--db"), db});
        QCOMPARE(again.exitCode, 0); // idempotent: already up to date
    }

    void speaksChineseByDefaultAndEnglishOnRequest()
    {
        QTemporaryDir dir;
        const auto zh = runCli({QStringLiteral("check"), QStringLiteral("--db"),
                                dir.filePath(QStringLiteral("none.sqlite"))});
        QCOMPARE(zh.exitCode, 3);
        static const QRegularExpression han(QStringLiteral("\\p{Han}"));
        QVERIFY2(han.match(zh.err).hasMatch(), qPrintable(zh.err));
        const auto en =
            runCli({QStringLiteral("check"), QStringLiteral("--lang"), QStringLiteral("en"),
                    QStringLiteral("--db"), dir.filePath(QStringLiteral("none.sqlite"))});
        QCOMPARE(en.exitCode, 3);
        QVERIFY2(en.err.contains(QStringLiteral("does not exist")), qPrintable(en.err));
    }

    void demoFillsOnceAndRefusesData()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
        const auto demo = runCli({QStringLiteral("demo"), QStringLiteral("--db"), db,
                                  QStringLiteral("--as-of"), QStringLiteral("2025-03-01")});
        QCOMPARE(demo.exitCode, 0);
        {
            QSqlDatabase c =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("demo"));
            c.setDatabaseName(db);
            QVERIFY(c.open());
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM officer")) && q.next());
            QVERIFY(q.value(0).toInt() >= 80);
            c.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("demo"));
        // The dataset makes the roster rules fire: check finds errors.
        const auto check = runCli({QStringLiteral("check"), QStringLiteral("--db"), db,
                                   QStringLiteral("--as-of"), QStringLiteral("2025-03-01"),
                                   QStringLiteral("--fail-on"), QStringLiteral("error")});
        QCOMPARE(check.exitCode, 1);
        QVERIFY(check.out.contains(QStringLiteral("CERT_EXPIRED")));

        const auto twice = runCli({QStringLiteral("demo"), QStringLiteral("--db"), db});
        QCOMPARE(twice.exitCode, 3);
        QCOMPARE(runCli({QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("0"),
                         QStringLiteral("--db"), dir.filePath(QStringLiteral("x.sqlite"))})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestCliBasic)
#include "tst_cli_basic.moc"
