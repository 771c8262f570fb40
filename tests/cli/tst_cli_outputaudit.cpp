// Exports and prints made with jiandu-cli are audited (issue 6): an Export event naming what
// was written, after the file is there; the annual report's footer carries the audit head.

#include "../documents/pdftext.h"
#include "support/clirunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Jiandu;
using namespace Jiandu::Test;
using namespace Qt::StringLiterals;

class TestCliOutputAudit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    CliRun cli(const QStringList &args) { return runCli(args + QStringList{u"--db"_s, m_db}); }

    // The newest audit record: action, key, details and the hash before it.
    struct Last
    {
        QString action, key, prevHash;
        QJsonObject details;
    };
    Last last()
    {
        Last l;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
            db.setDatabaseName(m_db);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(u"SELECT action, record_key, after, prev_hash FROM audit_log "
                           "ORDER BY id DESC LIMIT 1"_s) &&
                    q.next()) {
                    l.action = q.value(0).toString();
                    l.key = q.value(1).toString();
                    l.details = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
                    l.prevHash = q.value(3).toString();
                }
            }
        }
        QSqlDatabase::removeDatabase(u"peek"_s);
        return l;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"demo.sqlite"_s);
        const CliRun demo = runCli({u"demo"_s, u"--db"_s, m_db, u"--as-of"_s, u"2025-03-01"_s});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    }

    void exportIsAudited()
    {
        const QString out = m_dir.filePath(u"officers.csv"_s);
        const CliRun run = cli({u"export"_s, u"officers"_s, u"--out"_s, out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const Last l = last();
        QCOMPARE(l.action, u"export"_s);
        QCOMPARE(l.key, u"officers"_s);
        QCOMPARE(l.details.value(u"file"_s).toString(), u"officers.csv"_s);
        QVERIFY(l.details.value(u"rows"_s).toInt() > 0);
    }

    void printedReportIsAuditedWithTheHeadInItsFooter()
    {
        const QString out = m_dir.filePath(u"annual-2024.pdf"_s);
        const CliRun run = cli({u"report"_s, u"annual"_s, u"--year"_s, u"2024"_s, u"--out"_s, out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const Last l = last();
        QCOMPARE(l.action, u"export"_s);
        QCOMPARE(l.key, u"annual_report"_s);
        QCOMPARE(l.details.value(u"year"_s).toInt(), 2024);
        if (!havePoppler())
            QSKIP("poppler-utils are not installed");
        // The footer names the head as it was when the report was printed: the hash the
        // Export record links to.
        QString text = pdfPages(out).join(QString());
        text.remove(QRegularExpression(u"\\s+"_s));
        QVERIFY2(text.contains(l.prevHash.left(16)), qPrintable(l.prevHash));
    }

    void printedRosterIsAudited()
    {
        const QString out = m_dir.filePath(u"roster.pdf"_s);
        const CliRun run = cli({u"print"_s, u"roster"_s, u"--out"_s, out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const Last l = last();
        QCOMPARE(l.action, u"export"_s);
        QCOMPARE(l.key, u"roster"_s);
        QVERIFY(l.details.value(u"pages"_s).toInt() >= 1);
    }

    void failedExportIsNotAudited()
    {
        const Last before = last();
        const CliRun run = cli({u"export"_s, u"officers"_s, u"--out"_s,
                                m_dir.filePath(u"no-such-folder/officers.csv"_s)});
        QVERIFY(run.exitCode != 0);
        const Last after = last();
        QCOMPARE(after.prevHash, before.prevHash);
        QCOMPARE(after.key, before.key);
    }
};

QTEST_GUILESS_MAIN(TestCliOutputAudit)
#include "tst_cli_outputaudit.moc"
