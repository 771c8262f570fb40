#include "demo/demodata.h"
#include "demo/demotables.h"
#include "domain/identity.h"
#include "rules/warning.h"
#include "storage/audittrail.h"
#include "storage/database.h"
#include "storage/officerrepository.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace Jiandu;

namespace {

const QDate kToday(2025, 3, 1);

Demo::Summary generateOrFail(Database &db, const Demo::Options &options = {})
{
    Demo::Options o = options;
    o.cases = false; // the roster is tested here, the cases in tst_democases,
    o.supervision = false; // the supervision in tst_demosupervision
    if (!o.today.isValid())
        o.today = kToday;
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

// Every row of every table, in id order; audit timestamps left out (they are wall-clock).
QString dump(Database &db)
{
    const QStringList tables = {QStringLiteral("agency"),   QStringLiteral("section"),
                                QStringLiteral("officer"),  QStringLiteral("certificate"),
                                QStringLiteral("training"), QStringLiteral("assessment"),
                                QStringLiteral("setting"),  QStringLiteral("audit_log")};
    QString out;
    for (const QString &table : tables) {
        QSqlQuery q(db.connection());
        const QString order = table == u"setting" ? QStringLiteral("key") : QStringLiteral("id");
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, order)))
            qFatal("dump failed: %s", qPrintable(table));
        out += QStringLiteral("## ") + table + QLatin1Char('\n');
        while (q.next()) {
            const QSqlRecord r = q.record();
            for (int i = 0; i < r.count(); ++i) {
                // The audit time, and the chain's hashes that cover it, differ by design.
                const QString field = r.fieldName(i);
                if (field != u"at" && field != u"hash" && field != u"prev_hash")
                    out += r.value(i).toString() + QLatin1Char('\t');
            }
            out += QLatin1Char('\n');
        }
    }
    return out;
}

// Active officers, as the rules of spec/warnings.md see them.
const QString kActive = QStringLiteral("o.status = 'active'");
const QString kValidNow =
    QStringLiteral("c.status = 'valid' AND (c.issued_on IS NULL OR c.issued_on <= '2025-03-01') "
                   "AND (c.expires_on IS NULL OR c.expires_on >= '2025-03-01')");

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsAtScaleOne()
    {
        Test::TestDatabase t(kToday);
        const Demo::Summary s = generateOrFail(t.db());
        QVERIFY2(s.agencies >= 12 && s.agencies <= 20, qPrintable(QString::number(s.agencies)));
        QVERIFY2(s.officers >= 90 && s.officers <= 110, qPrintable(QString::number(s.officers)));
        // Most officers also hold the expired certificates before their current one, back to
        // before 2016, so that the demo's old cases have certified officers.
        QVERIFY2(s.certificates >= s.officers * 1.5 && s.certificates <= s.officers * 2.8,
                 qPrintable(QString::number(s.certificates)));
        QVERIFY(scalar(t.db(), QStringLiteral("SELECT count(DISTINCT officer_id) FROM certificate WHERE "
                                              "status = 'valid' AND issued_on <= '2016-01-01' AND "
                                              "expires_on >= '2016-01-01'")) >= s.officers * 6 / 10);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM (SELECT officer_id FROM certificate "
                                               "WHERE status = 'valid' GROUP BY officer_id HAVING "
                                               "count(*) > 1 AND max(expires_on) < '2025-03-01')")),
                 qint64(0));
        QVERIFY2(s.trainings >= 5000 && s.trainings <= 6500,
                 qPrintable(QString::number(s.trainings)));
        QVERIFY(s.assessments >= 350 && s.assessments <= 450);
        // The summary tells the truth about what is in the file.
        QCOMPARE(t.rowCount(QStringLiteral("agency")), qint64(s.agencies));
        QCOMPARE(t.rowCount(QStringLiteral("officer")), qint64(s.officers));
        QCOMPARE(t.rowCount(QStringLiteral("certificate")), qint64(s.certificates));
        QCOMPARE(t.rowCount(QStringLiteral("training")), qint64(s.trainings));
        QCOMPARE(t.rowCount(QStringLiteral("assessment")), qint64(s.assessments));
        QVERIFY(t.rowCount(QStringLiteral("section")) >= 8);
        // Every kind of agency; the county's departments and townships by name.
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(DISTINCT kind) FROM agency")),
                 qint64(4));
        for (const char *name :
             {"清河县市场监督管理局", "江州市生态环境局清河分局", "清河县综合行政执法局",
              "清河县文化和旅游局", "清河县城关镇人民政府", "清河县东城街道办事处"})
            QVERIFY2(scalar(t.db(), QStringLiteral("SELECT count(*) FROM agency WHERE name = '%1'")
                                        .arg(QString::fromUtf8(name))) == 1,
                     name);
        // Several years of training of every kind.
        QCOMPARE(scalar(t.db(),
                        QStringLiteral("SELECT count(DISTINCT substr(date, 1, 4)) FROM training")),
                 qint64(5));
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(DISTINCT kind) FROM training")),
                 qint64(5));
        QVERIFY(scalar(t.db(),
                       QStringLiteral(
                           "SELECT count(*) FROM training WHERE hours IS NULL AND minutes > 0")) >
                0);
        QCOMPARE(scalar(t.db(),
                        QStringLiteral("SELECT count(*) FROM training WHERE date > '2025-03-01'")),
                 qint64(0));
    }

    void sameSeedSameData()
    {
        Test::TestDatabase a(kToday);
        Test::TestDatabase b(kToday);
        b.clock().advanceDays(3); // audit timestamps differ; the data must not
        generateOrFail(a.db());
        generateOrFail(b.db());
        const QString dumpA = dump(a.db());
        QCOMPARE(dumpA, dump(b.db()));

        Test::TestDatabase c(kToday);
        Demo::Options other;
        other.seed = 7;
        generateOrFail(c.db(), other);
        QVERIFY(dump(c.db()) != dumpA);
    }

    void identityNumbersAreValid()
    {
        Test::TestDatabase t(kToday);
        generateOrFail(t.db());
        QSqlQuery q(t->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id_number, gender FROM officer")));
        int n = 0;
        while (q.next()) {
            const QString id = q.value(0).toString();
            QVERIFY2(Identity::isValidIdNumber(id), qPrintable(id));
            const QDate birth = Identity::birthDate(id);
            QVERIFY2(birth.year() >= 1965 && birth.year() <= 1998, qPrintable(id));
            const bool male = id.at(16).digitValue() % 2 == 1;
            QCOMPARE(q.value(1).toString(),
                     male ? QStringLiteral("male") : QStringLiteral("female"));
            ++n;
        }
        QCOMPARE(n, 100);
    }

    void namesAreChineseAndIncludeTrickyCharacters()
    {
        Test::TestDatabase t(kToday);
        generateOrFail(t.db());
        QSqlQuery q(t->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(name, '') FROM officer")));
        QVERIFY(q.next());
        const QString all = q.value(0).toString();
        for (const char *c : {"人", "一", "生", "工", "门", "大", "日"})
            QVERIFY2(all.contains(QString::fromUtf8(c)), c);
        QCOMPARE(scalar(t.db(),
                        QStringLiteral(
                            "SELECT count(*) FROM officer WHERE length(name) NOT BETWEEN 2 AND 4")),
                 qint64(0));
    }

    void everyInsertIsAudited()
    {
        Test::TestDatabase t(kToday);
        generateOrFail(t.db());
        for (const char *table :
             {"agency", "section", "officer", "certificate", "training", "assessment"}) {
            const QString name = QString::fromLatin1(table);
            QCOMPARE(scalar(t.db(),
                            QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = '%1' "
                                           "AND action = 'insert'")
                                .arg(name)),
                     t.rowCount(name));
        }
        QCOMPARE(scalar(t.db(),
                        QStringLiteral("SELECT count(*) FROM audit_log WHERE actor <> 'tester'")),
                 qint64(0));
        // The bulk path writes the repositories' JSON under the repositories' keys.
        OfficerRepository officers(t.db());
        auto officer = officers.find(5);
        QVERIFY(officer && officer.value());
        auto history =
            AuditTrail(t.db()).history(QStringLiteral("officer"), officer.value()->idNumber);
        QVERIFY(history);
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().after, OfficerRepository::toJson(*officer.value()));
        const qint64 keyed =
            scalar(t.db(), QStringLiteral("SELECT count(*) FROM training tr JOIN officer o ON o.id "
                                          "= tr.officer_id JOIN audit_log l ON "
                                          "l.table_name = 'training' AND l.record_key = "
                                          "o.id_number || '|' || tr.date || '|' || tr.title"));
        QCOMPARE(keyed, t.rowCount(QStringLiteral("training")));
    }

    void refusesADatabaseWithOfficers()
    {
        Test::TestDatabase t(kToday);
        const qint64 agency = Test::addAgency(t.db(), QStringLiteral("某县司法局"));
        Test::addOfficer(t.db(), agency, {});
        const qint64 audit = t.rowCount(QStringLiteral("audit_log"));
        Demo::Options o;
        o.today = kToday;
        auto r = Demo::generate(t.db(), o);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Conflict);
        QVERIFY(r.error().message.contains(QStringLiteral("empty")));
        QCOMPARE(t.rowCount(QStringLiteral("officer")), qint64(1));
        QCOMPARE(t.rowCount(QStringLiteral("audit_log")), audit);
    }

    void rejectsABadScale()
    {
        Test::TestDatabase t(kToday);
        Demo::Options o;
        o.scale = 0;
        auto r = Demo::generate(t.db(), o);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Usage);
        QCOMPARE(t.rowCount(QStringLiteral("agency")), qint64(0));
    }

    void cancelWritesNothing()
    {
        Test::TestDatabase t(kToday);
        Demo::Options o;
        o.today = kToday;
        int calls = 0;
        o.progress = [&calls](int done, int total) {
            ++calls;
            return done < total / 2; // cancel half-way
        };
        auto r = Demo::generate(t.db(), o);
        QVERIFY(!r);
        QVERIFY(calls > 2);
        for (const char *table :
             {"agency", "section", "officer", "certificate", "training", "assessment", "audit_log",
              "enforcement_case", "case_stage"})
            QCOMPARE(t.rowCount(QString::fromLatin1(table)), qint64(0));
        // Cancelled while writing cases: the search trigger dropped for the load is back.
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                               "'case_fts_insert'")),
                 qint64(1));
        t.reopen();
        QCOMPARE(t.rowCount(QStringLiteral("officer")), qint64(0));
        // And the database is still usable afterwards.
        generateOrFail(t.db());
        QCOMPARE(t.rowCount(QStringLiteral("officer")), qint64(100));
    }

    void countyNamesAreDistinct()
    {
        QSet<QString> names;
        QSet<QString> areas;
        for (int i = 0; i < Demo::Tables::maxCounties(); ++i) {
            names.insert(Demo::Tables::county(i).name);
            areas.insert(Demo::Tables::county(i).areaCode);
        }
        QCOMPARE(names.size(), Demo::Tables::maxCounties());
        QCOMPARE(areas.size(), Demo::Tables::maxCounties());
        QCOMPARE(Demo::Tables::county(0).name, QStringLiteral("清河县"));
    }

    void scaleMultipliesCounties()
    {
        Test::TestDatabase t(kToday);
        Demo::Options o;
        o.scale = 3;
        const Demo::Summary s = generateOrFail(t.db(), o);
        QCOMPARE(s.officers, 300);
        QCOMPARE(
            scalar(t.db(),
                   QStringLiteral(
                       "SELECT count(DISTINCT parent_name) FROM agency WHERE kind = 'township'")),
            qint64(3));
        // County 0 is the same county whatever the scale.
        Test::TestDatabase one(kToday);
        generateOrFail(one.db());
        QSqlQuery a(t->connection());
        QSqlQuery b(one->connection());
        QVERIFY(a.exec(QStringLiteral(
                    "SELECT group_concat(id_number || name, ',') FROM (SELECT * FROM officer "
                    "WHERE id <= 100 ORDER BY id)")) &&
                a.next());
        QVERIFY(b.exec(QStringLiteral(
                    "SELECT group_concat(id_number || name, ',') FROM (SELECT * FROM officer "
                    "ORDER BY id)")) &&
                b.next());
        QCOMPARE(a.value(0).toString(), b.value(0).toString());
    }

    // Until core/rules lands, the facts each roster rule looks for, in SQL.
    void everyRosterRuleHasItsFacts()
    {
        Test::TestDatabase t(kToday);
        generateOrFail(t.db());
        Database &db = t.db();
        const QString valid =
            QStringLiteral("EXISTS (SELECT 1 FROM certificate c WHERE c.officer_id = o.id AND ") +
            kValidNow + QLatin1Char(')');
        const QString noValid = QStringLiteral("NOT ") + valid;
        auto count = [&db](const QString &where) {
            return scalar(db, QStringLiteral("SELECT count(*) FROM officer o WHERE ") + where);
        };
        const QString newest = QStringLiteral("(SELECT %1 FROM certificate n WHERE n.officer_id = "
                                              "o.id ORDER BY n.issued_on DESC, n.id DESC LIMIT 1)");
        // CERT_EXPIRED
        QVERIFY(count(kActive + QStringLiteral(" AND ") + noValid + QStringLiteral(" AND ") +
                      newest.arg(QStringLiteral(
                          "n.status = 'valid' AND n.expires_on < '2025-03-01'"))) >= 2);
        // CERT_EXPIRING: the last valid certificate ends within 30 days.
        QVERIFY(count(kActive +
                      QStringLiteral(" AND (SELECT max(c.expires_on) FROM certificate c WHERE "
                                     "c.officer_id = o.id AND ") +
                      kValidNow + QStringLiteral(") BETWEEN '2025-03-01' AND '2025-03-31'")) >= 3);
        // NO_VALID_CERT: none at all, only suspended, or not yet in force.
        QVERIFY(
            count(kActive +
                  QStringLiteral(
                      " AND NOT EXISTS (SELECT 1 FROM certificate c WHERE c.officer_id = o.id)")) >=
            1);
        QVERIFY(count(kActive + QStringLiteral(" AND ") + noValid +
                      QStringLiteral(" AND EXISTS (SELECT 1 FROM certificate c "
                                     "WHERE c.officer_id = o.id AND c.status = 'suspended')")) >=
                1);
        QVERIFY(count(kActive +
                      QStringLiteral(
                          " AND EXISTS (SELECT 1 FROM certificate c WHERE c.officer_id = o.id AND "
                          "c.status = 'valid' AND c.issued_on > '2025-03-01')")) >= 1);
        // CERT_INELIGIBLE
        QVERIFY(
            count(QStringLiteral(
                      "o.employment IN ('contract', 'temporary', 'seconded', 'probation') AND ") +
                  valid) >= 2);
        // CERT_NOT_CLEARED
        QVERIFY(count(QStringLiteral(
                    "o.status IN ('off_post', 'transferred', 'retired') AND EXISTS (SELECT 1 FROM "
                    "certificate c WHERE c.officer_id = o.id AND c.status = 'valid')")) >= 2);
        // ...next to officers who left and were cleared properly.
        QVERIFY(count(QStringLiteral(
                    "o.status <> 'active' AND NOT EXISTS (SELECT 1 FROM certificate c WHERE "
                    "c.officer_id = o.id AND c.status = 'valid')")) >= 3);
        // TRAINING_SHORT, but most officers reach 60 hours.
        const QString hours = OfficerRepository::trainingHoursSql(2025);
        const qint64 active = count(kActive);
        const qint64 shortOnes =
            count(kActive + QStringLiteral(" AND ") + hours + QStringLiteral(" < 60"));
        QVERIFY(shortOnes >= 1);
        QVERIFY2(shortOnes * 5 < active, qPrintable(QString::number(shortOnes)));
        // NO_LAW_UPDATE
        QVERIFY(count(kActive +
                      QStringLiteral(
                          " AND NOT EXISTS (SELECT 1 FROM training t WHERE t.officer_id = o.id "
                          "AND t.kind = 'law_update' AND t.date LIKE '2025-%')")) >= 1);
        // ASSESSMENT_EXIT: 不合格 in 2023 and 2024, still active.
        QVERIFY(count(kActive +
                      QStringLiteral(
                          " AND (SELECT count(*) FROM assessment a WHERE a.officer_id = o.id AND "
                          "a.result = 'incompetent' AND a.year IN (2023, 2024)) = 2")) >= 1);
        // REVIEWER_RATIO: some agency has fewer reviewers than ceil(5 % of its active officers).
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM (SELECT o.agency_id, count(*) AS "
                                          "n, sum(o.legal_reviewer) AS r FROM "
                                          "officer o WHERE o.status = 'active' GROUP BY "
                                          "o.agency_id) WHERE r < (n + 19) / 20")) == 1);
        // Renewed certificates keep their history.
        QVERIFY(scalar(db, QStringLiteral(
                               "SELECT count(*) FROM certificate WHERE status = 'cancelled'")) >=
                5);
    }

    // The point of the demo: a newcomer sees every roster rule at work, whatever the day.
    void everyRosterRuleFires_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::newRow("2025-03-01") << kToday;
        QTest::newRow("2 January") << QDate(2025, 1, 2);
        QTest::newRow("31 December") << QDate(2024, 12, 31);
        QTest::newRow("mid-year") << QDate(2026, 7, 15);
    }

    void everyRosterRuleFires()
    {
        QFETCH(QDate, today);
        Test::TestDatabase t(today);
        Demo::Options o;
        o.today = today;
        generateOrFail(t.db(), o);
        Rules::RuleContext context;
        context.asOf = today;
        context.settings = Rules::RuleSettings::load(t.db());
        auto warnings = Rules::evaluateAll(t.db(), context);
        QVERIFY2(warnings, qPrintable(warnings.ok() ? QString() : warnings.error().toString()));
        QMap<QString, int> byRule;
        for (const Rules::Warning &w : warnings.value())
            ++byRule[w.rule];
        for (const char *rule : {"CERT_EXPIRED", "CERT_EXPIRING", "NO_VALID_CERT",
                                 "CERT_INELIGIBLE", "CERT_NOT_CLEARED", "TRAINING_SHORT",
                                 "NO_LAW_UPDATE", "ASSESSMENT_EXIT", "REVIEWER_RATIO"})
            QVERIFY2(byRule.value(QString::fromLatin1(rule)) > 0, rule);
        // A living office, not a disaster: a few warnings per rule, not one per officer.
        QVERIFY2(warnings->size() < 40, qPrintable(QString::number(warnings->size())));
        QCOMPARE(byRule.value(QStringLiteral("REVIEWER_RATIO")), 1);
    }

    // The roster list's own state computation agrees with the planted facts.
    void rosterListShowsEveryCertificateState()
    {
        Test::TestDatabase t(kToday);
        generateOrFail(t.db());
        OfficerRepository officers(t.db());
        for (CertState state :
             {CertState::Valid, CertState::Expiring, CertState::Expired, CertState::None}) {
            OfficerQuery q;
            q.asOf = kToday;
            q.status = OfficerStatus::Active;
            q.certState = state;
            auto n = officers.count(q);
            QVERIFY(n);
            QVERIFY2(n.value() > 0, qPrintable(Vocab::code(state)));
        }
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
