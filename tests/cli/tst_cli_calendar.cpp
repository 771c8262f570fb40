// `jiandu-cli calendar show | import` end to end.

#include "support/clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Jiandu::Test;

namespace {
QJsonObject showJson(const QString &db, int year)
{
    const CliRun r = runCli({QStringLiteral("calendar"), QStringLiteral("show"),
                             QStringLiteral("--db"), db, QStringLiteral("--year"),
                             QString::number(year), QStringLiteral("--format"),
                             QStringLiteral("json")});
    if (r.exitCode != 0)
        qFatal("calendar show failed: %s", qPrintable(r.err));
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
}
} // namespace

class TestCliCalendar : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("cal.sqlite"));
        QCOMPARE(runCli({QStringLiteral("init"), QStringLiteral("--db"), m_db}).exitCode, 0);
    }

    void showShippedYear()
    {
        const QJsonObject y = showJson(m_db, 2024);
        QVERIFY(y.value(QStringLiteral("has_data")).toBool());
        QCOMPARE(y.value(QStringLiteral("source")).toString(), QStringLiteral("shipped"));
        bool makeUp = false;
        for (const QJsonValue &v : y.value(QStringLiteral("days")).toArray()) {
            const QJsonObject d = v.toObject();
            if (d.value(QStringLiteral("date")).toString() == u"2024-10-12") {
                makeUp = !d.value(QStringLiteral("off")).toBool();
                QCOMPARE(d.value(QStringLiteral("name")).toString(), QStringLiteral("国庆节"));
                QCOMPARE(d.value(QStringLiteral("source")).toString(), QStringLiteral("shipped"));
            }
        }
        QVERIFY(makeUp);
        const CliRun text = runCli({QStringLiteral("calendar"), QStringLiteral("show"),
                                    QStringLiteral("--db"), m_db, QStringLiteral("--year"),
                                    QStringLiteral("2027"), QStringLiteral("--lang"),
                                    QStringLiteral("en")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("2027: no calendar data")), qPrintable(text.out));
    }

    void importAddsAYear()
    {
        QCOMPARE(showJson(m_db, 2027).value(QStringLiteral("has_data")).toBool(), false);
        const QString file = m_dir.filePath(QStringLiteral("2027.json"));
        writeFile(file, R"({"years": [{"year": 2027, "notices": ["国办发明电〔2026〕7号"], "days": [
            {"date": "2027-01-01", "name": "元旦", "off": true},
            {"date": "2027-02-07", "name": "春节", "off": false}]}]})");
        const CliRun r = runCli({QStringLiteral("calendar"), QStringLiteral("import"), file,
                                 QStringLiteral("--db"), m_db});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject y = showJson(m_db, 2027);
        QVERIFY(y.value(QStringLiteral("has_data")).toBool());
        QCOMPARE(y.value(QStringLiteral("source")).toString(), QStringLiteral("user"));
        QCOMPARE(y.value(QStringLiteral("notices")).toArray().first().toString(),
                 QStringLiteral("国办发明电〔2026〕7号"));
        const QJsonArray days = y.value(QStringLiteral("days")).toArray();
        QCOMPARE(days.size(), 2);
        QCOMPARE(days.at(1).toObject().value(QStringLiteral("source")).toString(), QStringLiteral("user"));
        QCOMPARE(days.at(1).toObject().value(QStringLiteral("off")).toBool(), false);
    }

    void badInputNamesFileAndEntryAndChangesNothing()
    {
        const QString file = m_dir.filePath(QStringLiteral("bad.json"));
        writeFile(file, R"({"years": [{"year": 2028, "days": [
            {"date": "2028-01-01", "name": "元旦", "off": true},
            {"date": "2028-02-30", "name": "春节", "off": true}]}]})");
        const CliRun r = runCli({QStringLiteral("calendar"), QStringLiteral("import"), file,
                                 QStringLiteral("--db"), m_db});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(file) && r.err.contains(QStringLiteral("2028-02-30")), qPrintable(r.err));
        QCOMPARE(showJson(m_db, 2028).value(QStringLiteral("has_data")).toBool(), false);
        QCOMPARE(showJson(m_db, 2028).value(QStringLiteral("days")).toArray().size(), 0);

        const CliRun usage = runCli({QStringLiteral("calendar"), QStringLiteral("frobnicate"),
                                     QStringLiteral("--db"), m_db});
        QCOMPARE(usage.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliCalendar)
#include "tst_cli_calendar.moc"
