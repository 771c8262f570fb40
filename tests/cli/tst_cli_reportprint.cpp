// `jiandu-cli report annual --out FILE.pdf|.odt`, `report finalise` and `report verify` end to
// end on the demo county, and ANNUAL_REPORT_DUE in `check`.

#include "../documents/pdftext.h"
#include "support/clirunner.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Jiandu;
using namespace Jiandu::Test;
using namespace Qt::StringLiterals;

class TestCliReportPrint : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    CliRun report(const QStringList &args)
    {
        return runCli(QStringList{u"report"_s} + args + QStringList{u"--db"_s, m_db});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"demo.sqlite"_s);
        const CliRun demo = runCli({u"demo"_s, u"--db"_s, m_db, u"--as-of"_s, u"2025-03-01"_s});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    }

    void pdf()
    {
        const QString out = m_dir.filePath(u"annual-2024.pdf"_s);
        const CliRun run = report({u"annual"_s, u"--year"_s, u"2024"_s, u"--out"_s, out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFile::exists(out));
        if (!havePoppler())
            QSKIP("poppler-utils are not installed");
        QVERIFY(pdfInfo(out).contains(u"595 x 842"_s));
        QString text = pdfPages(out).join(QString());
        text.remove(QRegularExpression(u"\\s+"_s));
        QVERIFY2(text.contains(u"清河县2024年度行政执法工作报告"_s), qPrintable(text.left(200)));
        QVERIFY(text.contains(u"一、总体情况2024年，全县"_s));
        QCOMPARE(radicalsIn(text), QString());
    }

    void odt()
    {
        const QString out = m_dir.filePath(u"annual-2024.odt"_s);
        const CliRun run = report({u"annual"_s, u"--year"_s, u"2024"_s, u"--out"_s, out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(4), QByteArray("PK\x03\x04", 4));
    }

    void usage()
    {
        QCOMPARE(report({u"verify"_s}).exitCode, 2);
        QCOMPARE(report({u"finalise"_s}).exitCode, 2);
        QCOMPARE(report({u"publish"_s, u"--year"_s, u"2024"_s}).exitCode, 2);
        QCOMPARE(
            report({u"annual"_s, u"--year"_s, u"2024"_s, u"--out"_s, m_dir.filePath(u"x.docx"_s)})
                .exitCode,
            2);
    }

    void finaliseVerifyAndTheRule()
    {
        const QStringList check{u"check"_s,    u"--db"_s, m_db,
                                u"--format"_s, u"json"_s, u"--as-of"_s};
        CliRun c = runCli(check + QStringList{u"2025-01-31"_s});
        QVERIFY(c.out.contains(u"\"rule\": \"ANNUAL_REPORT_DUE\", \"level\": \"warning\""_s));
        c = runCli(check + QStringList{u"2025-02-01"_s});
        QVERIFY(c.out.contains(u"\"rule\": \"ANNUAL_REPORT_DUE\", \"level\": \"error\""_s));

        // Nothing to verify yet: a data error.
        QCOMPARE(report({u"verify"_s, u"--year"_s, u"2024"_s}).exitCode, 3);

        const CliRun fin = report({u"finalise"_s, u"--year"_s, u"2024"_s});
        QVERIFY2(fin.exitCode == 0, qPrintable(fin.err));
        QVERIFY2(QRegularExpression(u"^[0-9a-f]{64}\\n$"_s).match(fin.out).hasMatch(),
                 qPrintable(fin.out));
        c = runCli(check + QStringList{u"2025-02-01"_s});
        QVERIFY(!c.out.contains(u"ANNUAL_REPORT_DUE"_s));

        CliRun verify = report({u"verify"_s, u"--year"_s, u"2024"_s});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
        QVERIFY(verify.out.isEmpty());

        // One 2024 inspection becomes "other": the verify names the changed figures.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"edit"_s);
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"UPDATE enforcement_case SET kind = 'other' WHERE id = (SELECT id "
                           "FROM enforcement_case WHERE kind = 'inspection' AND report_year = "
                           "2024 ORDER BY id LIMIT 1)"_s));
            QCOMPARE(q.numRowsAffected(), 1);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"edit"_s);
        verify = report({u"verify"_s, u"--year"_s, u"2024"_s});
        QCOMPARE(verify.exitCode, 1);
        QVERIFY2(verify.out.contains(u"current.cases.by_kind.行政检查\t"_s),
                 qPrintable(verify.out));
        QVERIFY(verify.out.contains(u"current.cases.by_kind.其他\t0\t1"_s));

        // Finalising again keeps the history; the new version matches.
        const CliRun again = report({u"finalise"_s, u"--year"_s, u"2024"_s});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out != fin.out);
        QCOMPARE(report({u"verify"_s, u"--year"_s, u"2024"_s}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliReportPrint)
#include "tst_cli_reportprint.moc"
