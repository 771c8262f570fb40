// Agency-limited reading (core/security/agencyscope.h): an account limited to one agency
// sees only that agency's officers, cases, tasks, documents, findings, file reviews and
// warnings, the dashboard's figures and the annual report of its agency; each count agrees
// with the same count taken directly in SQL; a record of another agency is not found.

#include "demo/demodata.h"
#include "report/annualreport.h"
#include "report/dashboardfigures.h"
#include "rules/warning.h"
#include "security/agencyscope.h"
#include "security/session.h"
#include "storage/caserepository.h"
#include "storage/documentrepository.h"
#include "storage/findingrepository.h"
#include "storage/officerrepository.h"
#include "storage/reviewrepository.h"
#include "storage/taskrepository.h"
#include "support/testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace Jiandu;

namespace {

const QDate kToday(2025, 3, 1);

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

std::shared_ptr<const Security::Session> limitedTo(qint64 agencyId, const QString &name)
{
    auto s = std::make_shared<Security::Session>();
    s->userId = 7;
    s->username = QStringLiteral("clerk");
    s->role = Security::Role::Staff;
    s->agencyId = agencyId;
    s->agencyName = name;
    return s;
}

template <typename R> auto must(R &&r)
{
    if (!r)
        qFatal("%s", qPrintable(r.error().toString()));
    return std::forward<R>(r).value();
}

} // namespace

class TestAgencyScope : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TestDatabase> m_t;
    qint64 m_own = 0;   // the agency of the limited account
    qint64 m_other = 0; // another agency with records
    QString m_ownName;

    Database &db() { return m_t->db(); }
    void limit() { db().setSession(limitedTo(m_own, m_ownName)); }
    void unlimit() { db().setSession(nullptr); }
    QString own() const { return QString::number(m_own); }

private Q_SLOTS:
    void initTestCase()
    {
        m_t = std::make_unique<Test::TestDatabase>(kToday);
        Demo::Options o;
        o.today = kToday;
        must(Demo::generate(db(), o));
        // The agency addressed by the most supervision documents, which has tasks too.
        m_own = scalar(
            db(), QStringLiteral("SELECT d.recipient_agency_id FROM supervision_document d "
                                 "WHERE d.recipient_agency_id IN (SELECT agency_id FROM task_unit) "
                                 "AND d.recipient_agency_id IN (SELECT agency_id FROM finding) "
                                 "GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1"));
        m_other = scalar(db(), QStringLiteral("SELECT agency_id FROM enforcement_case WHERE "
                                              "agency_id <> %1 GROUP BY 1 ORDER BY count(*) "
                                              "DESC LIMIT 1")
                                   .arg(m_own));
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM agency WHERE id = %1").arg(m_own)));
        QVERIFY(q.next());
        m_ownName = q.value(0).toString();
        // File reviews of both agencies' cases.
        ReviewActivity review;
        review.name = QStringLiteral("2025年度案卷评查");
        review.year = 2025;
        review.sampleAgencyIds = {m_own, m_other};
        review.sampleYear = 2024;
        review.sampleCount = 12;
        review.seed = 4242;
        must(ReviewRepository(db()).saveActivity(review));
        must(ReviewRepository(db()).drawFiles(review.id));
        // Every kind of record exists for both agencies, or the test proves nothing.
        for (const QString &sql :
             {QStringLiteral("SELECT count(*) FROM officer WHERE agency_id = %1"),
              QStringLiteral("SELECT count(*) FROM enforcement_case WHERE agency_id = %1"),
              QStringLiteral("SELECT count(*) FROM task_unit WHERE agency_id = %1"),
              QStringLiteral("SELECT count(*) FROM finding WHERE agency_id = %1"),
              QStringLiteral("SELECT count(*) FROM file_review r JOIN enforcement_case c "
                             "ON c.id = r.case_id WHERE c.agency_id = %1")}) {
            QVERIFY2(scalar(db(), sql.arg(m_own)) > 0, qPrintable(sql));
            QVERIFY2(scalar(db(), sql.arg(m_other)) > 0, qPrintable(sql));
        }
    }

    void cleanup() { unlimit(); }

    void helpersNarrowTheRequest()
    {
        QCOMPARE(Security::scopeAgencies(db(), {}), QList<qint64>{});
        QCOMPARE(Security::scopeAgencies(db(), {m_other}), QList<qint64>{m_other});
        limit();
        QCOMPARE(Security::scopeAgencies(db(), {}), QList<qint64>{m_own});
        QCOMPARE(Security::scopeAgencies(db(), {m_own, m_other}), QList<qint64>{m_own});
        QCOMPARE(Security::scopeAgencies(db(), {m_other}), QList<qint64>{Security::kNoAgency});
        QCOMPARE(Security::scopeAgency(db(), std::optional<qint64>()),
                 std::optional<qint64>(m_own));
        QCOMPARE(Security::scopeAgency(db(), std::optional<qint64>(m_other)),
                 std::optional<qint64>(Security::kNoAgency));
    }

    void officers()
    {
        OfficerRepository repo(db());
        OfficerQuery all;
        all.asOf = kToday;
        const qint64 total = scalar(db(), QStringLiteral("SELECT count(*) FROM officer"));
        QCOMPARE(qint64(must(repo.count(all))), total);
        const qint64 otherId = scalar(
            db(), QStringLiteral("SELECT min(id) FROM officer WHERE agency_id = %1").arg(m_other));
        QVERIFY(must(repo.find(otherId)).has_value());

        limit();
        const qint64 mine =
            scalar(db(), QStringLiteral("SELECT count(*) FROM officer WHERE agency_id = ") + own());
        QVERIFY(mine < total);
        QCOMPARE(qint64(must(repo.count(all))), mine);
        const auto rows = must(repo.list(all, 0, 100000));
        QCOMPARE(qint64(rows.size()), mine);
        for (const OfficerRow &r : rows)
            QCOMPARE(r.officer.agencyId, m_own);
        OfficerQuery other = all;
        other.agencyIds = {m_other};
        QCOMPARE(qint64(must(repo.count(other))), qint64(0));
        QVERIFY(!must(repo.find(otherId)).has_value());
        QCOMPARE(must(repo.find(rows.first().officer.id))->agencyId, m_own);
        const auto byAgency = must(repo.countsByAgency());
        QCOMPARE(byAgency.keys(), QList<qint64>{m_own});
        QCOMPARE(qint64(byAgency.value(m_own)), mine);
        for (const RosterEntry &e : must(repo.rosterEntries(kToday, {}, nullptr, 100000)))
            QCOMPARE(e.agencyName, m_ownName);
    }

    void cases()
    {
        CaseRepository repo(db());
        const qint64 otherId =
            scalar(db(), QStringLiteral("SELECT min(id) FROM enforcement_case WHERE agency_id = %1")
                             .arg(m_other));
        limit();
        const qint64 mine = scalar(
            db(),
            QStringLiteral("SELECT count(*) FROM enforcement_case WHERE agency_id = ") + own());
        QCOMPARE(qint64(must(repo.count(CaseQuery{}))), mine);
        const auto rows = must(repo.list(CaseQuery{}, 0, 100000));
        QCOMPARE(qint64(rows.size()), mine);
        for (const CaseRow &r : rows)
            QCOMPARE(r.agencyId, m_own);
        CaseQuery other;
        other.agencyIds = {m_other};
        QCOMPARE(qint64(must(repo.count(other))), qint64(0));
        QVERIFY(!must(repo.find(otherId)).has_value());
        QVERIFY(must(repo.find(rows.first().id)).has_value());
        // The dashboard's cases per month add up to the same cases.
        const int year = kToday.year() - 1;
        const auto months = must(Report::casesPerMonth(db(), year));
        int sum = 0;
        for (const int m : months)
            sum += m;
        QCOMPARE(qint64(sum),
                 scalar(db(), QStringLiteral("SELECT count(*) FROM enforcement_case WHERE "
                                             "agency_id = %1 AND substr(opened_on, 1, 4) = '%2'")
                                  .arg(m_own)
                                  .arg(year)));
    }

    void tasks()
    {
        TaskRepository repo(db());
        const qint64 otherId =
            scalar(db(), QStringLiteral("SELECT min(task_id) FROM task_unit WHERE task_id NOT IN "
                                        "(SELECT task_id FROM task_unit WHERE agency_id = %1)")
                             .arg(m_own));
        QVERIFY(must(repo.find(otherId)).has_value());
        limit();
        const qint64 mine = scalar(
            db(),
            QStringLiteral("SELECT count(DISTINCT task_id) FROM task_unit WHERE agency_id = ") +
                own());
        QCOMPARE(qint64(must(repo.count(TaskQuery{}))), mine);
        const auto rows = must(repo.list(TaskQuery{}, 0, 100000));
        QCOMPARE(qint64(rows.size()), mine);
        QVERIFY(!must(repo.find(otherId)).has_value());
        QVERIFY(must(repo.find(rows.first().id)).has_value());
        int completion = 0;
        for (const TaskCompletion &c : must(repo.completionByActivity(TaskQuery{})))
            completion += c.total;
        QCOMPARE(qint64(completion), mine);
        TaskQuery other;
        other.agencyId = m_other;
        QCOMPARE(qint64(must(repo.count(other))), qint64(0));
        for (const Report::DueTask &d :
             must(Report::tasksDueBetween(db(), QDate(2000, 1, 1), QDate(2100, 1, 1))))
            QVERIFY(must(repo.find(d.id)).has_value());
    }

    void documentsAndFindings()
    {
        limit();
        DocumentRepository documents(db());
        const qint64 mine =
            scalar(db(), QStringLiteral("SELECT count(*) FROM supervision_document WHERE "
                                        "recipient_agency_id = ") +
                             own());
        QVERIFY(mine > 0);
        QCOMPARE(qint64(must(documents.count(DocumentQuery{}))), mine);
        for (const SupervisionDocument &d : must(documents.list(DocumentQuery{}, 0, 100000)))
            QCOMPARE(d.recipientAgencyId, std::optional<qint64>(m_own));
        const qint64 otherDoc =
            scalar(db(), QStringLiteral("SELECT count(*) FROM supervision_document WHERE "
                                        "coalesce(recipient_agency_id, 0) <> ") +
                             own());
        if (otherDoc > 0) {
            const qint64 id =
                scalar(db(), QStringLiteral("SELECT min(id) FROM supervision_document "
                                            "WHERE coalesce(recipient_agency_id, 0) <> ") +
                                 own());
            QVERIFY(!must(documents.find(id)).has_value());
        }

        FindingRepository findings(db());
        const auto list = must(findings.list(0, 100000));
        QCOMPARE(qint64(list.size()),
                 scalar(db(),
                        QStringLiteral("SELECT count(*) FROM finding WHERE agency_id = ") + own()));
        for (const Finding &f : list)
            QCOMPARE(f.agencyId, m_own);
        const qint64 otherFinding = scalar(
            db(), QStringLiteral("SELECT min(id) FROM finding WHERE agency_id = %1").arg(m_other));
        QVERIFY(!must(findings.find(otherFinding)).has_value());
    }

    void reviews()
    {
        const qint64 activity =
            scalar(db(), QStringLiteral("SELECT max(activity_id) FROM file_review"));
        const qint64 otherReview = scalar(
            db(), QStringLiteral("SELECT min(r.id) FROM file_review r JOIN enforcement_case c ON "
                                 "c.id = r.case_id WHERE c.agency_id = %1")
                      .arg(m_other));
        ReviewRepository repo(db());
        QVERIFY(must(repo.review(otherReview)).has_value());
        limit();
        QVERIFY(!must(repo.review(otherReview)).has_value());
        const qint64 mine = scalar(
            db(), QStringLiteral("SELECT count(*) FROM file_review r JOIN enforcement_case c ON "
                                 "c.id = r.case_id WHERE r.activity_id = %1 AND c.agency_id = %2")
                      .arg(activity)
                      .arg(m_own));
        QCOMPARE(qint64(must(repo.countReviews(activity))), mine);
        const auto rows = must(repo.reviews(activity, 0, 100000));
        QCOMPARE(qint64(rows.size()), mine);
        for (const FileReviewRow &r : rows)
            QCOMPARE(r.agencyName, m_ownName);
    }

    void warnings()
    {
        Rules::RuleContext context;
        context.asOf = kToday;
        context.settings = Rules::RuleSettings::load(db());
        const auto everything = must(Rules::evaluateAll(db(), context));
        qsizetype ownCount = 0;
        bool othersToo = false;
        for (const Rules::Warning &w : everything) {
            ownCount += w.agency == m_ownName ? 1 : 0;
            othersToo = othersToo || w.agency != m_ownName;
        }
        QVERIFY(ownCount > 0);
        QVERIFY(othersToo);
        limit();
        const auto limited = must(Rules::evaluateAll(db(), context));
        QCOMPARE(limited.size(), ownCount);
        for (const Rules::Warning &w : limited)
            QCOMPARE(w.agency, m_ownName);
    }

    void dashboardAndReport()
    {
        limit();
        const auto coverage = must(Report::certificateCoverage(db(), kToday));
        QCOMPARE(qint64(coverage.size()), qint64(1));
        QCOMPARE(coverage.first().agencyId, m_own);
        // The annual report becomes the agency's report.
        const auto report = must(computeAnnualReport(db(), kToday.year() - 1, std::nullopt, {}));
        QCOMPARE(report.agencyId, std::optional<qint64>(m_own));
        QCOMPARE(report.scope, m_ownName);
        QVERIFY(report.byAgency.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAgencyScope)
#include "tst_agencyscope.moc"
