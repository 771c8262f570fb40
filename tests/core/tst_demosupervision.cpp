// The demo's supervision (core/demo/demosupervision.*): every task status and workflow step,
// every document status with real numbers, deadlines as DeadlinePhrase reads them, the
// TASK_* and DOC_* rules firing at any as-of date, determinism and scale.

#include "calendar/deadlinephrase.h"
#include "demo/demodata.h"
#include "rules/warning.h"
#include "storage/activityrepository.h"
#include "storage/database.h"
#include "storage/documentrepository.h"
#include "storage/taskrepository.h"
#include "support/testdatabase.h"

#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace Jiandu;
using namespace Qt::StringLiterals;

namespace {
const QDate kToday(2025, 3, 1);

Demo::Summary generate(Database &db, const QDate &today, int scale = 1)
{
    Demo::Options o;
    o.today = today;
    o.scale = scale;
    o.cases = false; // the supervision does not need the cases; keeps the test fast
    auto r = Demo::generate(db, o);
    if (!r)
        qFatal("demo generation failed: %s", qPrintable(r.error().toString()));
    return r.value();
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        qFatal("query failed: %s", qPrintable(sql));
    return q.value(0).toLongLong();
}

QSet<QString> column(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        qFatal("query failed: %s", qPrintable(sql));
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

QString dump(Database &db)
{
    QString out;
    for (const char *table : {"supervision_activity", "supervision_target", "finding", "rectification_task",
                              "task_unit", "task_progress", "task_event", "supervision_document",
                              "document_task", "document_number"}) {
        QSqlQuery q(db.connection());
        if (!q.exec(u"SELECT * FROM %1"_s.arg(QString::fromLatin1(table))))
            qFatal("dump failed");
        out += QString::fromLatin1(table) + u'\n';
        while (q.next()) {
            const QSqlRecord r = q.record();
            for (int i = 0; i < r.count(); ++i)
                if (r.fieldName(i) != u"at")
                    out += r.value(i).toString() + u'\t';
            out += u'\n';
        }
    }
    return out;
}
} // namespace

class TestDemoSupervision : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStatusAndStep()
    {
        Test::TestDatabase t(kToday);
        const Demo::Summary s = generate(t.db(), kToday);
        QCOMPARE(s.activities, 2);
        QVERIFY(s.findings >= 10 && s.findings <= 20);
        QCOMPARE(s.tasks, 18);
        QCOMPARE(s.documents, 5);
        QCOMPARE(t.rowCount(u"rectification_task"_s), qint64(s.tasks));
        QCOMPARE(column(t.db(), u"SELECT kind FROM supervision_activity"_s),
                 (QSet<QString>{u"campaign"_s, u"resident"_s}));
        const QString campaign = u"清河县2024年度行政执法突出问题专项整治"_s;
        auto activity = ActivityRepository(t.db()).findByName(campaign);
        QVERIFY(activity && activity.value());
        QVERIFY(activity.value()->targetAgencyIds.size() >= 8);

        QCOMPARE(column(t.db(), u"SELECT status FROM rectification_task"_s),
                 (QSet<QString>{u"not_started"_s, u"in_progress"_s, u"completed"_s, u"signed_off"_s}));
        QCOMPARE(scalar(t.db(), u"SELECT count(*) FROM rectification_task WHERE status = 'signed_off' AND closed_on IS NULL"_s), 0);
        QVERIFY(scalar(t.db(), u"SELECT count(*) FROM task_progress"_s) >= 10);
        // A return to 整改中 with its reason; an approved extension (the deadline set by hand);
        // one pending; a deadline not understood; open-ended ones.
        QCOMPARE(scalar(t.db(), u"SELECT count(*) FROM task_event WHERE kind = 'status' AND from_status = 'completed' "
                                 "AND to_status = 'in_progress' AND reason <> ''"_s), 1);
        QCOMPARE(scalar(t.db(), u"SELECT count(*) FROM task_event e JOIN rectification_task t ON t.id = e.task_id "
                                 "WHERE e.kind = 'extension_approved' AND t.deadline_manual = 1 AND t.deadline_on > '2025-03-01'"_s), 1);
        QCOMPARE(scalar(t.db(), u"SELECT count(*) FROM task_event WHERE kind = 'extension_requested'"_s), 2);
        QCOMPARE(scalar(t.db(), u"SELECT count(*) FROM rectification_task WHERE deadline_understood = 0 AND deadline_on IS NULL"_s), 1);
        QVERIFY(scalar(t.db(), u"SELECT count(*) FROM rectification_task WHERE open_ended = 1 AND deadline_on IS NULL"_s) >= 3);
        QCOMPARE(scalar(t.db(), u"SELECT count(*) FROM rectification_task WHERE open_ended = 1 AND deadline_on IS NOT NULL"_s), 1);
        QVERIFY(scalar(t.db(), u"SELECT count(*) FROM rectification_task WHERE deadline_on < '2025-03-01' AND status <> 'signed_off'"_s) >= 3);
        QVERIFY(scalar(t.db(), u"SELECT count(*) FROM rectification_task WHERE finding_id IS NOT NULL"_s) == s.tasks);
        int pending = 0;
        TaskRepository tasks(t.db());
        for (const QString &id : column(t.db(), u"SELECT id FROM rectification_task"_s))
            pending += tasks.pendingExtension(id.toLongLong()).value() ? 1 : 0;
        QCOMPARE(pending, 1);

        // Every deadline the demo wrote reads as stored (unless set by hand).
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(u"SELECT t.deadline_text, t.deadline_on, t.open_ended, t.deadline_understood, a.source_date "
                        "FROM rectification_task t JOIN supervision_activity a ON a.id = t.activity_id "
                        "WHERE t.deadline_manual = 0"_s));
        while (q.next()) {
            const auto m = DeadlinePhrase::parse(q.value(0).toString(), QDate::fromString(q.value(4).toString(), Qt::ISODate));
            QCOMPARE(m.date.value_or(QDate()), QDate::fromString(q.value(1).toString(), Qt::ISODate));
            QCOMPARE(m.openEnded, q.value(2).toBool());
            QCOMPARE(m.understood, q.value(3).toBool());
        }

        // Documents in every status, issued numbers real and distinct.
        QCOMPARE(column(t.db(), u"SELECT status FROM supervision_document"_s),
                 (QSet<QString>{u"draft"_s, u"issued"_s, u"served"_s, u"replied"_s}));
        QCOMPARE(scalar(t.db(), u"SELECT count(DISTINCT number) FROM supervision_document WHERE status <> 'draft'"_s), 4);
        QVERIFY(scalar(t.db(), u"SELECT count(*) FROM document_task"_s) > 0);
        QCOMPARE(scalar(t.db(), u"SELECT count(*) FROM supervision_document WHERE status = 'replied' AND replied_on IS NOT NULL"_s), 1);
        // Nothing happens after today.
        for (const QString &sql : {u"SELECT count(*) FROM task_event WHERE on_date > '2025-03-01'"_s,
                                   u"SELECT count(*) FROM task_progress WHERE reported_on > '2025-03-01'"_s,
                                   u"SELECT count(*) FROM rectification_task WHERE completed_on > '2025-03-01' OR closed_on > '2025-03-01'"_s,
                                   u"SELECT count(*) FROM supervision_document WHERE drafted_on > '2025-03-01' OR issued_on > '2025-03-01' "
                                   "OR served_on > '2025-03-01' OR replied_on > '2025-03-01'"_s})
            QVERIFY2(scalar(t.db(), sql) == 0, qPrintable(sql));
        // Audited like any other write.
        QCOMPARE(scalar(t.db(), u"SELECT count(*) FROM audit_log WHERE table_name = 'rectification_task' AND action = 'insert'"_s),
                 qint64(s.tasks));
    }

    void rulesFire_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::newRow("2025-03-01") << kToday;
        QTest::newRow("2 January") << QDate(2025, 1, 2);
        QTest::newRow("31 December") << QDate(2024, 12, 31);
        QTest::newRow("mid-year") << QDate(2026, 7, 15);
        QTest::newRow("29 February") << QDate(2028, 2, 29);
    }

    void rulesFire()
    {
        QFETCH(QDate, today);
        Test::TestDatabase t(today);
        generate(t.db(), today);
        Rules::RuleContext context;
        context.asOf = today;
        context.settings = Rules::RuleSettings::load(t.db());
        auto warnings = Rules::evaluateAll(t.db(), context);
        QVERIFY2(warnings, qPrintable(warnings.ok() ? QString() : warnings.error().toString()));
        QMap<QString, int> byRule;
        for (const Rules::Warning &w : warnings.value())
            ++byRule[w.rule];
        for (const char *rule : {"TASK_OVERDUE", "TASK_DUE_SOON", "TASK_UNDATED", "DOC_REPLY_OVERDUE"})
            QVERIFY2(byRule.value(QString::fromLatin1(rule)) > 0, rule);
        QCOMPARE(byRule.value(u"TASK_UNDATED"_s), 1);
        QCOMPARE(byRule.value(u"DOC_REPLY_OVERDUE"_s), 1);
        // A living office: a few overdue tasks, not all of them.
        QVERIFY(byRule.value(u"TASK_OVERDUE"_s) < 10);
    }

    void deterministicAndScaled()
    {
        Test::TestDatabase a(kToday);
        Test::TestDatabase b(kToday);
        generate(a.db(), kToday);
        generate(b.db(), kToday);
        QCOMPARE(dump(a.db()), dump(b.db()));

        Test::TestDatabase c(kToday);
        const Demo::Summary s = generate(c.db(), kToday, 3);
        QCOMPARE(s.activities, 6);
        QCOMPARE(s.tasks, 54);
        QCOMPARE(c.rowCount(u"supervision_document"_s), qint64(15));
        // Numbers run on per kind and year across the counties, without gaps.
        QCOMPARE(scalar(c.db(), u"SELECT max(seq) FROM supervision_document WHERE kind = 'urging_letter'"_s), 3);
    }
};

QTEST_GUILESS_MAIN(TestDemoSupervision)
#include "tst_demosupervision.moc"
