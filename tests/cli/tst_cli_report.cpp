// `jiandu-cli report annual` end to end: the 2024 report of the deterministic demo county
// (`demo --as-of 2025-03-01`, plus a few file reviews and rectification tasks added here) is
// compared byte for byte with the golden files tests/data/report/annual-2024.{json,csv}.
// Regenerate them with JIANDU_UPDATE_GOLDEN=1 (then review the diff before committing).

#include "io/xlsxreader.h"
#include "storage/database.h"
#include "storage/reviewrepository.h"
#include "support/clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Jiandu;
using namespace Jiandu::Test;
using namespace Qt::StringLiterals;

namespace {

QString golden(const QString &name)
{
    return QStringLiteral(JIANDU_TEST_DATA_DIR "/report/") + name;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A review activity over 2024's cases of the first body (seeded draw), three files scored
// final, one left a draft; tasks of a supervision activity in every state the report counts.
void addSupervision(const QString &path)
{
    auto opened = Database::open(path);
    QVERIFY(opened);
    Database &db = *opened.value();
    ReviewRepository repo(db);
    ReviewActivity a;
    a.name = u"2024年度案卷评查"_s;
    a.year = 2024;
    a.sampleAgencyIds = {1};
    a.sampleYear = 2024;
    a.sampleCount = 4;
    a.seed = 20250101;
    QVERIFY(repo.saveActivity(a).ok());
    const auto drawn = repo.drawFiles(a.id);
    QVERIFY(drawn.ok() && drawn->size() == 4);
    const QList<QList<ItemResult>> results = {
        {}, {ItemResult{14, false, 12.5, {}}}, {ItemResult{4, true, 0, {}}}};
    for (int i = 0; i < 3; ++i) {
        FileReview r = *repo.reviewOf(a.id, drawn->at(i)).value();
        r.reviewedOn = QDate(2024, 11, 10 + i);
        r.status = ReviewStatus::Final;
        r.results = results.at(i);
        QVERIFY(repo.saveReview(r).ok());
    }
    QSqlQuery q(db.connection());
    // Tasks on top of the demo's own (its campaign and 驻站式监督), with hand-picked outcomes.
    QVERIFY(q.exec(u"INSERT INTO supervision_activity (name, started_on) VALUES"
                   " ('2024年度执法监督检查', '2024-03-01')"_s));
    const QString act = q.lastInsertId().toString();
    QVERIFY(q.exec(
        u"INSERT INTO rectification_task (activity_id, seq, position, problem, deadline_text,"
        " deadline_on, open_ended, status, closed_on, lead_agency_id) VALUES"
        " (%1, '1', 1, '问题一', '2024年6月底前', '2024-06-30', 0, 'signed_off', '2024-06-28', 1),"
        " (%1, '2', 2, '问题二', '2024年6月底前', '2024-06-30', 0, 'signed_off', '2024-07-05', 2),"
        " (%1, '3', 3, '问题三', '2024年9月底前', '2024-09-30', 0, 'in_progress', NULL, 3),"
        " (%1, '4', 4, '问题四', '长期坚持', NULL, 1, 'in_progress', NULL, 1)"_s.arg(act)));
}

} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    CliRun report(const QStringList &extra)
    {
        return runCli(QStringList{u"report"_s, u"annual"_s, u"--db"_s, m_db} + extra);
    }

    void compareGolden(const QString &file, const QString &name)
    {
        const QByteArray actual = readAll(file);
        QVERIFY(!actual.isEmpty());
        if (qEnvironmentVariableIntValue("JIANDU_UPDATE_GOLDEN") == 1) {
            QFile out(golden(name));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(actual);
            qInfo("regenerated %s", qPrintable(golden(name)));
            return;
        }
        const QByteArray expected = readAll(golden(name));
        QVERIFY2(!expected.isEmpty(), qPrintable(u"missing golden file "_s + golden(name)));
        if (actual != expected) {
            QFile::copy(file, m_dir.filePath(u"failed-"_s + name));
            QFAIL(qPrintable(
                u"%1 differs from %2 (run with JIANDU_UPDATE_GOLDEN=1 to regenerate)"_s.arg(
                    file, golden(name))));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"demo.sqlite"_s);
        const CliRun demo = runCli({u"demo"_s, u"--db"_s, m_db, u"--as-of"_s, u"2025-03-01"_s});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        addSupervision(m_db);
    }

    void jsonGolden()
    {
        const QString out = m_dir.filePath(u"annual-2024.json"_s);
        const CliRun run = report({u"--year"_s, u"2024"_s, u"--out"_s, out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        compareGolden(out, u"annual-2024.json"_s);
    }

    void csvGolden()
    {
        const QString out = m_dir.filePath(u"annual-2024.csv"_s);
        const CliRun run = report({u"--year"_s, u"2024"_s, u"--out"_s, out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        compareGolden(out, u"annual-2024.csv"_s);
    }

    // The spreadsheet carries the JSON's figures.
    void xlsxAgreesWithJson()
    {
        const QString json = m_dir.filePath(u"check.json"_s);
        const QString xlsx = m_dir.filePath(u"check.xlsx"_s);
        QCOMPARE(report({u"--year"_s, u"2024"_s, u"--out"_s, json}).exitCode, 0);
        QCOMPARE(report({u"--year"_s, u"2024"_s, u"--out"_s, xlsx}).exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(readAll(json)).object();
        const QJsonObject current = doc.value(u"current"_s).toObject();
        const QJsonObject previous = doc.value(u"previous"_s).toObject();

        const auto penalties = Io::Xlsx::read(xlsx, u"行政处罚实施情况统计表"_s);
        QVERIFY(penalties.ok());
        const QJsonObject now = current[u"cases"_s][u"penalties_by_category"_s].toObject();
        const QJsonObject before = previous[u"cases"_s][u"penalties_by_category"_s].toObject();
        QCOMPARE(penalties->rows.value(1).value(0), u"警告"_s);
        QCOMPARE(penalties->rows.value(1).value(1).toInt(), now[u"警告"_s].toInt());
        QCOMPARE(penalties->rows.value(4).value(1).toInt(), now[u"没收"_s].toInt());
        QCOMPARE(penalties->rows.value(4).value(2).toInt(), before[u"没收"_s].toInt());
        QCOMPARE(penalties->rows.value(9).value(1).toInt(), now[u"责令关闭限制从业"_s].toInt());
        int total = 0;
        for (const QJsonValue &v : now)
            total += v.toInt();
        QCOMPARE(penalties->rows.value(13).value(0), u"合计"_s);
        QCOMPARE(penalties->rows.value(13).value(1).toInt(), total);
        const double fines = current[u"cases"_s][u"fines_yuan"_s].toString().toDouble() +
                             current[u"cases"_s][u"confiscations_yuan"_s].toString().toDouble();
        QCOMPARE(qRound64(penalties->rows.value(14).value(1).toDouble() * 100),
                 qRound64(fines * 100));

        const auto licences = Io::Xlsx::read(xlsx, u"行政许可实施情况统计表"_s);
        QCOMPARE(licences->rows.value(1).value(1).toInt(),
                 current[u"licences"_s][u"applied"_s].toInt());
        QCOMPARE(licences->rows.value(5).value(1).toInt(),
                 current[u"licences"_s][u"revoked"_s].toInt());
        const auto coercion = Io::Xlsx::read(xlsx, u"行政强制实施情况统计表"_s);
        QCOMPARE(coercion->rows.value(1).value(1).toInt(),
                 current[u"coercion"_s][u"measures"_s].toInt());
        QCOMPARE(coercion->rows.value(13).value(1).toInt(),
                 current[u"coercion"_s][u"court_applications"_s].toInt());
        const auto other = Io::Xlsx::read(xlsx, u"其他行政执法行为实施情况统计表"_s);
        QCOMPARE(other->rows.value(1).value(1).toInt(),
                 current[u"cases"_s][u"by_kind"_s][u"行政检查"_s].toInt());

        const auto certified = Io::Xlsx::read(xlsx, u"行政执法证持证率情况统计表"_s);
        const QJsonArray bodies = doc.value(u"by_agency"_s).toArray();
        QCOMPARE(certified->rows.size(), bodies.size() + 2); // headers, bodies, 合计
        for (int i = 0; i < bodies.size(); ++i) {
            const QJsonObject b = bodies.at(i).toObject();
            const QStringList row = certified->rows.at(i + 1);
            QCOMPARE(row.value(0), b[u"agency"_s].toString());
            QCOMPARE(row.value(1).toInt(), b[u"officers"_s][u"active"_s].toInt());
            QCOMPARE(row.value(2).toInt(), b[u"officers"_s][u"certified"_s].toInt());
            const QJsonValue rate = b[u"rates"_s][u"certified"_s][u"value"_s];
            if (rate.isNull())
                QCOMPARE(row.value(3), u"—"_s);
            else
                QVERIFY(qAbs(row.value(3).toDouble() - rate.toDouble()) < 0.00005);
        }
        QCOMPARE(certified->rows.constLast().value(2).toInt(),
                 current[u"officers"_s][u"certified"_s].toInt());
    }

    void oneAgency()
    {
        const QString out = m_dir.filePath(u"one.json"_s);
        const CliRun run = report({u"--year"_s, u"2024"_s, u"--agency"_s, u"清河县交通运输局"_s,
                                   u"--as-of"_s, u"2025-01-31"_s, u"--out"_s, out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject doc = QJsonDocument::fromJson(readAll(out)).object();
        QCOMPARE(doc.value(u"scope"_s).toString(), u"清河县交通运输局"_s);
        QCOMPARE(doc.value(u"as_of"_s).toString(), u"2025-01-31"_s);
        QVERIFY(!doc.contains(u"by_agency"_s));
        QCOMPARE(doc[u"current"_s][u"agencies"_s].toInt(), 1);
    }

    void usageAndDataErrors()
    {
        const QString json = m_dir.filePath(u"x.json"_s);
        // .pdf and .odt are written (tst_cli_reportprint); other suffixes are usage errors.
        QCOMPARE(report({u"--year"_s, u"2024"_s, u"--out"_s, m_dir.filePath(u"r.txt"_s)}).exitCode,
                 2);
        QCOMPARE(report({u"--out"_s, json}).exitCode, 2);       // no --year
        QCOMPARE(report({u"--year"_s, u"2024"_s}).exitCode, 2); // no --out
        QCOMPARE(report({u"--year"_s, u"20x4"_s, u"--out"_s, json}).exitCode, 2);
        QCOMPARE(report({u"--year"_s, u"2024"_s, u"--agency"_s, u"不存在的局"_s, u"--out"_s, json})
                     .exitCode,
                 2);
        QCOMPARE(runCli({u"report"_s, u"yearly"_s, u"--db"_s, m_db, u"--year"_s, u"2024"_s,
                         u"--out"_s, json})
                     .exitCode,
                 2);
        // A missing database, an unwritable output: data errors.
        QCOMPARE(runCli({u"report"_s, u"annual"_s, u"--db"_s, m_dir.filePath(u"none.sqlite"_s),
                         u"--year"_s, u"2024"_s, u"--out"_s, json})
                     .exitCode,
                 3);
        QCOMPARE(report({u"--year"_s, u"2024"_s, u"--out"_s, m_dir.filePath(u"no/such/dir.csv"_s)})
                     .exitCode,
                 3);
        QCOMPARE(report({u"--year"_s, u"2024"_s, u"--out"_s, m_dir.filePath(u"no/such/dir.xlsx"_s)})
                     .exitCode,
                 3);
        QVERIFY(!QFile::exists(json));
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
