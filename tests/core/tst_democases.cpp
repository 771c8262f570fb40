// The demo's enforcement cases (core/demo/democases.cpp): volume and mix, valid records
// that read back and save unchanged through CaseRepository, the search index, and the
// facts every case rule needs to have something to find.

#include "calendar/workingcalendar.h"
#include "demo/demodata.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

#include <memory>

using namespace Jiandu;

namespace {

const QDate kToday(2025, 3, 1);

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        qFatal("query failed: %s", qPrintable(sql));
    return q.value(0).toLongLong();
}

QList<QVariant> row(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        qFatal("query failed: %s", qPrintable(sql));
    QList<QVariant> out;
    for (int i = 0; i < q.record().count(); ++i)
        out << q.value(i);
    return out;
}

// The cases and their parts, in id order, as text: two generations must agree.
QString dumpCases(Database &db)
{
    QString out;
    for (const char *table : {"enforcement_case", "case_officer", "case_penalty", "case_stage", "legal_review",
                              "discussion_opinion"}) {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table))))
            qFatal("dump failed");
        while (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                out += q.value(i).toString() + QLatin1Char('\t');
    }
    return out;
}

} // namespace

class TestDemoCases : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestDatabase> m_t;
    Demo::Summary m_summary;

    Database &db() { return m_t->db(); }
    qint64 count(const QString &where)
    {
        return scalar(db(), QStringLiteral("SELECT count(*) FROM enforcement_case c WHERE ") + where);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_t = std::make_unique<Test::TestDatabase>(kToday);
        Demo::Options o;
        o.today = kToday;
        auto r = Demo::generate(db(), o);
        QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
        m_summary = r.value();
    }

    void volumeAndMix()
    {
        // ≈ 2,000 a year from 2016; two months of 2025.
        QVERIFY2(m_summary.cases > 16000 && m_summary.cases < 21000, qPrintable(QString::number(m_summary.cases)));
        QCOMPARE(m_t->rowCount(QStringLiteral("enforcement_case")), qint64(m_summary.cases));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT min(opened_on) >= '2016-01-01' AND max(opened_on) <= '2025-03-01' "
                                             "FROM enforcement_case")), qint64(1));
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT kind FROM enforcement_case GROUP BY kind ORDER BY count(*) DESC")));
        QStringList kinds;
        while (q.next())
            kinds << q.value(0).toString();
        QCOMPARE(kinds.mid(0, 4), (QStringList{QStringLiteral("inspection"), QStringLiteral("penalty"),
                                               QStringLiteral("licence"), QStringLiteral("coercion")}));
        QVERIFY(kinds.size() >= 7);
        // Every year has its cases, every agency some.
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(DISTINCT substr(opened_on, 1, 4)) FROM enforcement_case")), qint64(10));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(DISTINCT agency_id) FROM enforcement_case")),
                 m_t->rowCount(QStringLiteral("agency")));
    }

    void caseNumbersHaveTheRealShape()
    {
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(DISTINCT case_no) FROM enforcement_case")), qint64(m_summary.cases));
        const QRegularExpression shape(QStringLiteral("^清河(市监|环|综执|交|农|应急|文旅|卫健|城关|东城|西城|河口|气|城管服)"
                                                      "[罚许强检征确给裁]〔20[12][0-9]〕[1-9][0-9]*号$"));
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT case_no, title, party, party_kind FROM enforcement_case WHERE id % 97 = 0")));
        int n = 0;
        while (q.next()) {
            QVERIFY2(shape.match(q.value(0).toString()).hasMatch(), qPrintable(q.value(0).toString()));
            QVERIFY(!q.value(1).toString().isEmpty());
            QVERIFY(!q.value(2).toString().isEmpty());
            QVERIFY(!q.value(3).isNull());
            ++n;
        }
        QVERIFY(n > 150);
    }

    // A sample read back through the repository is valid, and saving it unchanged changes
    // nothing: not the row (incl. the denormalised columns), not the audit trail.
    void sampleReadsBackValidAndSavesUnchanged()
    {
        CaseRepository repo(db());
        const qint64 auditBefore = m_t->rowCount(QStringLiteral("audit_log"));
        const QString columns = QStringLiteral("SELECT * FROM enforcement_case WHERE id = %1");
        int sampled = 0;
        for (qint64 id = 1; id <= m_summary.cases; id += 61) {
            auto found = repo.find(id);
            QVERIFY(found && found.value());
            EnforcementCase c = *found.value();
            for (const CaseProblem &p : validateCase(c))
                QVERIFY2(p.severity != CaseProblem::Severity::Error, qPrintable(c.caseNo + u": "_qs + p.message));
            const QList<QVariant> stored = row(db(), columns.arg(id));
            Transaction tx(db());
            auto saved = repo.save(c);
            QVERIFY2(saved, saved ? "" : qPrintable(saved.error().toString()));
            QVERIFY(tx.commit());
            QCOMPARE(row(db(), columns.arg(id)), stored);
            auto again = repo.find(id);
            QVERIFY(again && again.value());
            QCOMPARE(*again.value(), *found.value());
            // The bulk path's audit JSON is the repository's toJson().
            QSqlQuery audit(db().connection());
            audit.prepare(QStringLiteral("SELECT after FROM audit_log WHERE table_name = 'enforcement_case' AND record_key = ?"));
            audit.addBindValue(c.caseNo);
            QVERIFY(audit.exec() && audit.next());
            QCOMPARE(QJsonDocument::fromJson(audit.value(0).toString().toUtf8()).object(),
                     CaseRepository::toJson(*found.value()));
            ++sampled;
        }
        QVERIFY(sampled > 250);
        QCOMPARE(m_t->rowCount(QStringLiteral("audit_log")), auditBefore);
    }

    void everyCaseIsAudited()
    {
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'enforcement_case' "
                                             "AND action = 'insert'")),
                 qint64(m_summary.cases));
        CaseRepository repo(db());
        auto c = repo.find(1234);
        QVERIFY(c && c.value());
        QSqlQuery q(db().connection());
        q.prepare(QStringLiteral("SELECT after FROM audit_log WHERE table_name = 'enforcement_case' AND record_key = ?"));
        q.addBindValue(c.value()->caseNo);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(), CaseRepository::toJson(*c.value()));
    }

    void searchIndexIsBuiltAndMaintained()
    {
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                             "AND name = 'case_fts_insert'")), qint64(1));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM case_fts WHERE case_fts MATCH '\"食品经营\"'")),
                 count(QStringLiteral("instr(title, '食品经营') > 0 OR instr(party, '食品经营') > 0")));
        QVERIFY(count(QStringLiteral("instr(title, '食品经营') > 0")) > 100);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM case_fts WHERE case_fts MATCH '\"清河市监罚〔2024〕12号\"'")),
                 qint64(1));
    }

    // Text that JSON must escape survives the bulk path's direct JSON writer.
    void auditJsonEscapes()
    {
        Test::TestDatabase t(kToday);
        EnforcementCase c;
        c.caseNo = QStringLiteral("测\"试\\1号");
        c.agencyId = Test::addAgency(t.db(), QStringLiteral("某局"));
        c.title = QStringLiteral("引号\"反斜杠\\换行\n制表\t控制\x01字符 é 😀");
        c.party = QStringLiteral("某某");
        c.openedOn = QDate(2024, 1, 2);
        c.fineFen = 123456789012;
        c.statutoryDays = 30;
        c.discussion = CollectiveDiscussion{QDate(2024, 1, 3), QStringLiteral("同意"), {{QStringLiteral("甲"), QStringLiteral("\"同意\"")}}};
        c.stages = {{CaseStage::Filing, QDate(2024, 1, 2), QStringLiteral("备注\r"), true}};
        c.reviews = {{1, QStringLiteral("乙"), QDate(2024, 1, 2), {}, std::nullopt, {}}};
        Transaction tx(t.db());
        CaseRepository repo(t.db());
        auto id = repo.insert(c);
        QVERIFY2(id, id ? "" : qPrintable(id.error().toString()));
        QVERIFY(tx.commit());
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT after FROM audit_log WHERE table_name = 'enforcement_case'")) && q.next());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object(), CaseRepository::toJson(c));
        QCOMPARE(doc.object().value(QStringLiteral("title")).toString(), c.title);
    }

    void sameSeedSameCases()
    {
        Test::TestDatabase other(kToday);
        Demo::Options o;
        o.today = kToday;
        QVERIFY(Demo::generate(other.db(), o));
        QCOMPARE(dumpCases(other.db()), dumpCases(db()));
    }

    void officersMostlyTwoAndCertified()
    {
        const QString officers = QStringLiteral("(SELECT count(*) FROM case_officer o WHERE o.case_id = c.id)");
        QVERIFY(count(officers + QStringLiteral(" >= 2")) > m_summary.cases * 95 / 100);
        const qint64 single = count(officers + QStringLiteral(" = 1 AND c.kind IN ('penalty', 'inspection')"));
        QVERIFY2(single > 50 && single < m_summary.cases * 5 / 100, qPrintable(QString::number(single)));
        // Valid (status 有效, in its dates) on the filing date: all but a few.
        const qint64 uncertified = scalar(db(), QStringLiteral(
            "SELECT count(*) FROM case_officer o JOIN enforcement_case c ON c.id = o.case_id WHERE NOT EXISTS ("
            "SELECT 1 FROM certificate x WHERE x.officer_id = o.officer_id AND x.status = 'valid' "
            "AND x.issued_on <= c.opened_on AND x.expires_on >= c.opened_on)"));
        const qint64 named = m_t->rowCount(QStringLiteral("case_officer"));
        QVERIFY2(uncertified > 10 && uncertified < named / 100, qPrintable(QString::number(uncertified)));
    }

    // Each case rule of spec/warnings.md has something to find, and most cases are fine.
    void everyCaseRuleHasItsFacts()
    {
        const qint64 majors = count(QStringLiteral("major = 1 AND decided_on IS NOT NULL"));
        const qint64 noReview = count(QStringLiteral(
            "major = 1 AND decided_on IS NOT NULL AND (review_approved_on IS NULL OR review_approved_on > decided_on)"));
        QVERIFY2(noReview > 0 && noReview < majors / 10, qPrintable(QStringLiteral("%1 of %2").arg(noReview).arg(majors)));
        QVERIFY(scalar(db(), QStringLiteral("SELECT count(*) FROM legal_review WHERE round = 2")) > 10);
        QCOMPARE(count(QStringLiteral("major = 1 AND decided_on IS NOT NULL AND NOT EXISTS "
                                      "(SELECT 1 FROM collective_discussion d WHERE d.case_id = c.id)")), qint64(0));
        // 行政处罚: 90 days, open.
        QVERIFY(count(QStringLiteral("kind = 'penalty' AND closed_on IS NULL AND decided_on IS NULL "
                                     "AND julianday('2025-03-01') - julianday(opened_on) > 90 + extension_days")) > 3);
        QVERIFY(count(QStringLiteral("extension_days > 0 AND decided_on > date(opened_on, '+90 days')")) > 50);
        // Publicity: measured in working days with the shipped calendar.
        auto calendar = WorkingCalendar::shipped();
        QVERIFY(calendar);
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT kind, decided_on, published_on FROM enforcement_case WHERE decided_on IS NOT NULL")));
        int onTime = 0, late = 0, missing = 0, pending = 0;
        while (q.next()) {
            const bool main = q.value(0).toString() == u"penalty" || q.value(0).toString() == u"licence";
            const QDate decided = QDate::fromString(q.value(1).toString(), Qt::ISODate);
            const QDate due = calendar->addWorkingDays(decided, main ? 7 : 20).value();
            const QDate published = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            if (published.isValid())
                (published <= due ? onTime : late)++;
            else
                (due < kToday ? missing : pending)++;
        }
        const int decided = onTime + late + missing + pending;
        QVERIFY2(onTime > decided * 93 / 100, qPrintable(QString::number(onTime)));
        QVERIFY(late > 50 && late < decided * 5 / 100);
        QVERIFY(missing > 5 && missing < decided / 100);
        QVERIFY(pending > 5);
        // Appeals: about 1–2 % reconsidered, fewer litigated, some corrected; revoked and taken down.
        const qint64 decidedPenalties = count(QStringLiteral("kind = 'penalty' AND decided_on IS NOT NULL"));
        const qint64 reconsidered = count(QStringLiteral("kind = 'penalty' AND reconsideration IS NOT NULL"));
        QVERIFY2(reconsidered > decidedPenalties / 200 && reconsidered < decidedPenalties * 3 / 100,
                 qPrintable(QString::number(reconsidered)));
        QVERIFY(count(QStringLiteral("litigation IS NOT NULL")) < count(QStringLiteral("reconsideration IS NOT NULL")));
        QVERIFY(count(QStringLiteral("reconsideration IN ('revoked', 'changed', 'illegal')")) > 0);
        QVERIFY(count(QStringLiteral("taken_down_on IS NOT NULL")) > 0);
        QVERIFY(count(QStringLiteral("transferred = 1 AND transferred_on IS NOT NULL")) > 10);
    }

    void moneyAndOutcomes()
    {
        // Fines in whole yuan, mostly small, a long tail; none without the 罚款 category.
        QCOMPARE(count(QStringLiteral("fine_fen % 100 <> 0")), qint64(0));
        QCOMPARE(count(QStringLiteral("fine_fen IS NOT NULL AND NOT EXISTS (SELECT 1 FROM case_penalty p "
                                      "WHERE p.case_id = c.id AND p.category = 'fine')")), qint64(0));
        const qint64 fines = count(QStringLiteral("fine_fen IS NOT NULL"));
        QVERIFY(count(QStringLiteral("fine_fen <= 300000")) > fines * 40 / 100);
        QVERIFY(count(QStringLiteral("fine_fen >= 10000000")) > 0);
        QVERIFY(count(QStringLiteral("discretion = 'exempt'")) > 0);
        QVERIFY(count(QStringLiteral("licence_result = 'refused'")) > 0);
        QVERIFY(scalar(db(), QStringLiteral("SELECT count(DISTINCT kind) FROM case_coercion")) >= 5);
        QVERIFY(scalar(db(), QStringLiteral("SELECT count(DISTINCT category) FROM case_penalty")) >= 6);
        QCOMPARE(count(QStringLiteral("heaviest_penalty IS NULL AND EXISTS (SELECT 1 FROM case_penalty p "
                                      "WHERE p.case_id = c.id)")), qint64(0));
        // Stages are in process order, and none is after the demo's today.
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM case_stage WHERE date > '2025-03-01'")), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestDemoCases)
#include "tst_democases.moc"
