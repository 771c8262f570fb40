// jiandu-cli import / export end to end: exit codes and the problem-line format.

#include "support/clirunner.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int exit = -1;
    QString err;
};

Run cli(const QStringList &args)
{
    // The messages asserted here are the English source texts.
    const Jiandu::Test::CliRun r = Jiandu::Test::runCli(args + QStringList{u"--lang"_s, u"en"_s});
    return {r.exitCode, r.err};
}

void writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write");
    f.write(text.toUtf8());
}
} // namespace

class TestCliIo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importAndExport()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"j.sqlite"_s);
        QCOMPARE(cli({u"--db"_s, db, u"init"_s}).exit, 0);
        const QString agencies = dir.filePath(u"agencies.csv"_s);
        writeFile(agencies, u"名称,类型,上级\n市场监管局,行政机关,某县人民政府\n城管局,街镇,\n"_s);

        Run dry = cli({u"--db"_s, db, u"import"_s, u"agencies"_s, agencies, u"--dry-run"_s});
        QCOMPARE(dry.exit, 0);
        QVERIFY2(dry.err.contains(u"2 rows: 2 inserted, 0 updated, 0 unchanged."_s),
                 qPrintable(dry.err));
        Run ok = cli({u"--db"_s, db, u"import"_s, u"agencies"_s, agencies});
        QCOMPARE(ok.exit, 0);
        QVERIFY2(ok.err.contains(u"2 rows: 2 inserted"_s), qPrintable(ok.err));
        Run again = cli({u"--db"_s, db, u"import"_s, u"agencies"_s, agencies});
        QVERIFY2(again.err.contains(u"2 rows: 0 inserted, 0 updated, 2 unchanged."_s),
                 qPrintable(again.err));

        const QString bad = dir.filePath(u"bad.csv"_s);
        writeFile(bad, u"名称,类型,颜色\n甲,行政机关,红\n乙,部门,蓝\n甲,街镇,绿\n"_s);
        Run problems = cli({u"--db"_s, db, u"import"_s, u"agencies"_s, bad});
        QCOMPARE(problems.exit, 1);
        const QStringList lines = problems.err.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.contains(u"bad.csv:1: 颜色: warning: unknown column, ignored"_s),
                 qPrintable(problems.err));
        QVERIFY2(
            lines.contains(
                u"bad.csv:3: 类型: \"部门\" is not one of 行政机关、街镇、授权组织、受委托组织"_s),
            qPrintable(problems.err));
        QVERIFY2(
            lines.contains(u"bad.csv:4: 名称: duplicate: the same record is already on line 2"_s),
            qPrintable(problems.err));

        // --agency limits an export to one enforcement body; an unknown name is a usage error.
        const QString one = dir.filePath(u"one.csv"_s);
        Run limited = cli({u"--db"_s, db, u"export"_s, u"agencies"_s, u"--out"_s, one,
                           u"--agency"_s, u"城管局"_s});
        QCOMPARE(limited.exit, 0);
        QVERIFY2(limited.err.contains(u"Wrote 1 row to"_s), qPrintable(limited.err));
        QFile oneFile(one);
        QVERIFY(oneFile.open(QIODevice::ReadOnly));
        const QString oneText = QString::fromUtf8(oneFile.readAll());
        QVERIFY(oneText.contains(u"城管局"_s) && !oneText.contains(u"市场监管局"_s));
        QCOMPARE(cli({u"--db"_s, db, u"export"_s, u"agencies"_s, u"--out"_s, one, u"--agency"_s,
                      u"不存在的局"_s})
                     .exit,
                 2);

        const QString out = dir.filePath(u"agencies.xlsx"_s);
        Run exported = cli({u"--db"_s, db, u"export"_s, u"agencies"_s, u"--out"_s, out});
        QCOMPARE(exported.exit, 0);
        QVERIFY(QFile::exists(out));
        QCOMPARE(cli({u"--db"_s, db, u"import"_s, u"agencies"_s, out}).exit, 0);
        const QString json = dir.filePath(u"officers.json"_s);
        QCOMPARE(cli({u"--db"_s, db, u"export"_s, u"officers"_s, u"--out"_s, json, u"--unmasked"_s,
                      u"--as-of"_s, u"2025-01-01"_s})
                     .exit,
                 0);
    }

    void exitCodes()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"j.sqlite"_s);
        const QString file = dir.filePath(u"a.csv"_s);
        writeFile(file, u"名称,类型\n甲,行政机关\n"_s);
        // Missing database: 3, and it is not created.
        QCOMPARE(cli({u"--db"_s, db, u"import"_s, u"agencies"_s, file}).exit, 3);
        QVERIFY(!QFile::exists(db));
        QCOMPARE(cli({u"--db"_s, db, u"init"_s}).exit, 0);
        // Usage: 2.
        QCOMPARE(cli({u"--db"_s, db, u"import"_s, u"cats"_s, file}).exit, 2);
        QCOMPARE(cli({u"--db"_s, db, u"import"_s, u"agencies"_s}).exit, 2);
        QCOMPARE(cli({u"--db"_s, db, u"export"_s, u"agencies"_s}).exit, 2);
        QCOMPARE(
            cli({u"--db"_s, db, u"export"_s, u"agencies"_s, u"--out"_s, dir.filePath(u"x.doc"_s)})
                .exit,
            2);
        // Unreadable input and unwritable output: 3.
        Run missing = cli({u"--db"_s, db, u"import"_s, u"agencies"_s, dir.filePath(u"none.csv"_s)});
        QCOMPARE(missing.exit, 3);
        QVERIFY(missing.err.startsWith(u"none.csv: "_s));
        const QString broken = dir.filePath(u"broken.xlsx"_s);
        writeFile(broken, u"not a zip"_s);
        QCOMPARE(cli({u"--db"_s, db, u"import"_s, u"agencies"_s, broken}).exit, 3);
        QCOMPARE(cli({u"--db"_s, db, u"export"_s, u"agencies"_s, u"--out"_s,
                      dir.filePath(u"no/dir/a.csv"_s)})
                     .exit,
                 3);
        // Validation problems: 1.
        writeFile(file, u"名称\n甲\n"_s);
        Run r = cli({u"--db"_s, db, u"import"_s, u"agencies"_s, file});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains(u"a.csv:1: 类型: the required column is missing"_s),
                 qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliIo)
#include "tst_cli_io.moc"
