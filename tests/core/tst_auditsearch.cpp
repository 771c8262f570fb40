// The audit viewer's core: AuditTrail::search / count with every filter, paging below an id,
// the masking of identity-card and phone numbers, field changes, and the CSV export (itself
// audited).

#include "storage/auditsearch.h"
#include "storage/audittrail.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QtTest>

using namespace Jiandu;

namespace {
const QString kId = QStringLiteral("110101199003071234");

void add(Database &db, const QString &actor, const QString &table, const QString &key,
         AuditEntry::Action action, const QJsonObject &before = {}, const QJsonObject &after = {})
{
    db.setActor(actor);
    Transaction tx(db);
    QVERIFY(tx.isActive());
    QVERIFY(AuditTrail(db).record(table, key, action, before, after).ok());
    QVERIFY(tx.commit().ok());
}

// A small trail: 30 records by three users, at one-hour steps from 2025-03-01 09:00 UTC.
void fill(Test::TestDatabase &t)
{
    const QDateTime start(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < 30; ++i) {
        t.clock().set(start.addSecs(3600 * i));
        const QString actor = i % 3 == 0   ? QStringLiteral("alice")
                              : i % 3 == 1 ? QStringLiteral("bob")
                                           : QStringLiteral("carol");
        if (i % 5 == 0)
            add(t.db(), actor, QStringLiteral("officer"), kId, AuditEntry::Action::Update,
                {{QStringLiteral("name"), QStringLiteral("张三")},
                 {QStringLiteral("phone"), QStringLiteral("13812345678")}},
                {{QStringLiteral("name"), QStringLiteral("张三丰")},
                 {QStringLiteral("phone"), QStringLiteral("13812345678")}});
        else
            add(t.db(), actor, QStringLiteral("enforcement_case"),
                QStringLiteral("清执罚〔2025〕%1号").arg(i), AuditEntry::Action::Insert, {},
                {{QStringLiteral("title"), QStringLiteral("案件%1").arg(i)}});
    }
}

QList<qint64> ids(const QList<AuditEntry> &entries)
{
    QList<qint64> out;
    for (const AuditEntry &e : entries)
        out << e.id;
    return out;
}
} // namespace

class TestAuditSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migrationAddsTheIndexes()
    {
        Test::TestDatabase t;
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM pragma_index_list('audit_log')")));
        QSet<QString> names;
        while (q.next())
            names << q.value(0).toString();
        for (const char *index : {"audit_actor", "audit_action", "audit_table", "audit_at"})
            QVERIFY2(names.contains(QLatin1String(index)), index);
        // The actor filter uses its index rather than scanning the trail.
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM audit_log WHERE actor = "
                                      "'x' AND id < 10 ORDER BY id DESC LIMIT 5")));
        QString plan;
        while (q.next())
            plan += q.value(3).toString();
        QVERIFY2(plan.contains(QStringLiteral("audit_actor")), qPrintable(plan));
    }

    void filtersNarrow()
    {
        Test::TestDatabase t;
        const qint64 before = AuditTrail(t.db()).count().value();
        fill(t);
        AuditTrail trail(t.db());
        AuditFilter all;
        QCOMPARE(trail.count(all).value(), before + 30);

        AuditFilter byActor;
        byActor.actor = QStringLiteral("bob");
        QCOMPARE(trail.count(byActor).value(), 10);
        const auto bobs = trail.search(byActor, 100).value();
        QCOMPARE(bobs.size(), 10);
        for (const AuditEntry &e : bobs)
            QCOMPARE(e.actor, QStringLiteral("bob"));

        AuditFilter officers;
        officers.table = QStringLiteral("officer");
        QCOMPARE(trail.count(officers).value(), 6);
        officers.recordKey = QStringLiteral("19900307"); // part of the key
        QCOMPARE(trail.count(officers).value(), 6);
        officers.recordKey = QStringLiteral("999");
        QCOMPARE(trail.count(officers).value(), 0);

        AuditFilter key;
        key.recordKey = QStringLiteral("〔2025〕1"); // 1, 11..19 (not 10, 15: officer rows)
        QCOMPARE(trail.count(key).value(), 9);
        key.recordKey = QStringLiteral("%"); // plain text, not a pattern
        QCOMPARE(trail.count(key).value(), 0);

        AuditFilter updates;
        updates.action = AuditEntry::Action::Update;
        QCOMPARE(trail.count(updates).value(), 6);
        updates.actor = QStringLiteral("alice"); // i = 0, 15 (i % 5 == 0 and i % 3 == 0)
        QCOMPARE(trail.count(updates).value(), 2);

        AuditFilter time;
        time.from = QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC); // i = 3 ...
        time.to = QDateTime(QDate(2025, 3, 1), QTime(15, 0), Qt::UTC);   // ... i = 5 (exclusive)
        QCOMPARE(trail.count(time).value(), 3);
        // A local time compares by its instant.
        time.from = time.from.toOffsetFromUtc(8 * 3600);
        QCOMPARE(trail.count(time).value(), 3);
    }

    void pagesNewestFirstWithoutGapsOrOverlap()
    {
        Test::TestDatabase t;
        fill(t);
        AuditTrail trail(t.db());
        AuditFilter f;
        f.table = QStringLiteral("enforcement_case");
        QList<qint64> seen;
        qint64 beforeId = 0;
        for (;;) {
            const auto page = trail.search(f, 7, beforeId).value();
            seen += ids(page);
            if (page.size() < 7)
                break;
            beforeId = page.constLast().id;
        }
        QCOMPARE(seen.size(), 24);
        for (int i = 1; i < seen.size(); ++i)
            QVERIFY(seen.at(i) < seen.at(i - 1));
        QCOMPARE(QSet<qint64>(seen.begin(), seen.end()).size(), 24);
    }

    void masksIdentityAndPhoneNumbers()
    {
        QCOMPARE(AuditView::maskKey(kId), QStringLiteral("110101********1234"));
        QCOMPARE(AuditView::maskKey(kId + QStringLiteral("|2024-05-01|普法")),
                 QStringLiteral("110101********1234|2024-05-01|普法"));
        QCOMPARE(AuditView::maskKey(QStringLiteral("清执罚〔2025〕12号")),
                 QStringLiteral("清执罚〔2025〕12号"));
        const QJsonObject masked = AuditView::maskJson(
            {{QStringLiteral("id_number"), kId},
             {QStringLiteral("phone"), QStringLiteral("13812345678")},
             {QStringLiteral("name"), QStringLiteral("张三")},
             {QStringLiteral("officer"), QJsonObject{{QStringLiteral("officer_id_number"), kId}}}});
        QCOMPARE(masked.value(QStringLiteral("id_number")).toString(),
                 QStringLiteral("110101********1234"));
        QCOMPARE(masked.value(QStringLiteral("phone")).toString(), QStringLiteral("138****5678"));
        QCOMPARE(masked.value(QStringLiteral("name")).toString(), QStringLiteral("张三"));
        QCOMPARE(masked.value(QStringLiteral("officer"))
                     .toObject()
                     .value(QStringLiteral("officer_id_number"))
                     .toString(),
                 QStringLiteral("110101********1234"));
    }

    void fieldChangesOfAnUpdateAreTheChangedFields()
    {
        AuditEntry e;
        e.action = AuditEntry::Action::Update;
        e.before = {{QStringLiteral("name"), QStringLiteral("张三")},
                    {QStringLiteral("id_number"), kId},
                    {QStringLiteral("hours"), 8}};
        e.after = {{QStringLiteral("name"), QStringLiteral("张三丰")},
                   {QStringLiteral("id_number"), QStringLiteral("110101199003071250")},
                   {QStringLiteral("hours"), 8}};
        const auto changes = AuditView::fieldChanges(e);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).field, QStringLiteral("id_number"));
        QCOMPARE(changes.at(0).before, QStringLiteral("110101********1234"));
        QCOMPARE(changes.at(0).after, QStringLiteral("110101********1250"));
        QCOMPARE(changes.at(1).field, QStringLiteral("name"));
        QCOMPARE(changes.at(1).after, QStringLiteral("张三丰"));

        e.action = AuditEntry::Action::Insert; // an insert shows every field
        e.before = {};
        QCOMPARE(AuditView::fieldChanges(e).size(), 3);
    }

    void exportWritesTheFilteredTrailAndIsAudited()
    {
        Test::TestDatabase t;
        fill(t);
        t.db().setActor(QStringLiteral("auditor"));
        AuditFilter f;
        f.actor = QStringLiteral("carol");
        const QString path = t.filePath(QStringLiteral("audit.csv"));
        const auto rows = AuditView::exportCsv(t.db(), f, path);
        QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().toString()));
        QCOMPARE(rows.value(), 10);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines =
            QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 11);
        QVERIFY(lines.first().startsWith(QStringLiteral("Id,Time (UTC),User,Action")));
        for (int i = 1; i < lines.size(); ++i)
            QVERIFY2(lines.at(i).contains(QStringLiteral(",carol,")), qPrintable(lines.at(i)));
        QVERIFY(!bytes.contains(kId.toUtf8())); // masked
        QVERIFY(!bytes.contains("13812345678"));

        AuditFilter exports;
        exports.action = AuditEntry::Action::Export;
        const auto events = AuditTrail(t.db()).search(exports, 10).value();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().actor, QStringLiteral("auditor"));
        QCOMPARE(events.first().recordKey, QStringLiteral("audit_log"));
        QCOMPARE(events.first().after.value(QStringLiteral("rows")).toInt(), 10);
        QCOMPARE(events.first().after.value(QStringLiteral("file")).toString(),
                 QStringLiteral("audit.csv"));
        QCOMPARE(events.first()
                     .after.value(QStringLiteral("filter"))
                     .toObject()
                     .value(QStringLiteral("actor"))
                     .toString(),
                 QStringLiteral("carol"));
        QVERIFY(AuditTrail(t.db()).verify().value().ok());
    }

    void failedExportLeavesNoFileAndNoEvent()
    {
        Test::TestDatabase t;
        fill(t);
        const qint64 before = AuditTrail(t.db()).count().value();
        const QString path = t.filePath(QStringLiteral("missing-folder/audit.csv"));
        QVERIFY(!AuditView::exportCsv(t.db(), {}, path).ok());
        QVERIFY(!QFile::exists(path));
        QCOMPARE(AuditTrail(t.db()).count().value(), before);
    }

    void actorsAreListedOnce()
    {
        Test::TestDatabase t;
        fill(t);
        const QStringList actors = AuditTrail(t.db()).actors().value();
        for (const char *a : {"alice", "bob", "carol"})
            QCOMPARE(actors.count(QLatin1String(a)), 1);
    }

    void labelsAreTranslatedNames()
    {
        QCOMPARE(AuditView::tableLabel(QStringLiteral("officer")), QStringLiteral("Officer"));
        QCOMPARE(AuditView::tableLabel(QStringLiteral("unknown_table")),
                 QStringLiteral("unknown_table"));
        QCOMPARE(AuditView::actionLabel(AuditEntry::Action::LoginFailed),
                 QStringLiteral("Failed login"));
        QCOMPARE(AuditView::allActions().size(), 11);
    }
};

QTEST_GUILESS_MAIN(TestAuditSearch)
#include "tst_auditsearch.moc"
