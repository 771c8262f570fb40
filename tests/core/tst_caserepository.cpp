// CaseRepository on a real SQLite file: the whole aggregate, validation, audit, the paged
// list, the FTS index kept in sync by the migration's triggers, and the report's index.

#include "storage/audittrail.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QtTest>

using namespace Jiandu;
using namespace Qt::StringLiterals;

namespace {

EnforcementCase basicCase(qint64 agency, const QString &no, const QDate &opened)
{
    EnforcementCase c;
    c.caseNo = no;
    c.agencyId = agency;
    c.kind = CaseKind::Penalty;
    c.title = u"无证经营食品案"_s;
    c.party = u"清河县某某超市"_s;
    c.openedOn = opened;
    return c;
}

qint64 saveOrFail(Database &db, EnforcementCase &c)
{
    Transaction tx(db);
    auto id = CaseRepository(db).save(c);
    if (!id)
        qFatal("save failed: %s", qPrintable(id.error().toString()));
    if (!tx.commit())
        qFatal("commit failed");
    return id.value();
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        qFatal("query failed: %s", qPrintable(sql));
    return q.value(0).toLongLong();
}

QString plan(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"EXPLAIN QUERY PLAN "_s + sql))
        qFatal("explain failed");
    QString out;
    while (q.next())
        out += q.value(3).toString() + u'\n';
    return out;
}
} // namespace

class TestCaseRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeAggregateRoundTrips()
    {
        Test::TestDatabase t;
        const qint64 agency = Test::addAgency(t.db(), u"清河县市场监督管理局"_s);
        Test::OfficerSpec a;
        a.certNumber = u"ZF001"_s;
        Test::OfficerSpec b;
        b.n = 2;
        b.name = u"李四"_s;
        b.certNumber = u"ZF002"_s;
        const qint64 o1 = Test::addOfficer(t.db(), agency, a);
        const qint64 o2 = Test::addOfficer(t.db(), agency, b);

        EnforcementCase c = basicCase(agency, u"清市监罚〔2024〕12号"_s, QDate(2024, 3, 1));
        c.partyKind = PartyKind::LegalPerson;
        c.decidedOn = QDate(2024, 5, 10);
        c.closedOn = QDate(2024, 6, 1);
        c.officers = {{o1, u"ZF001"_s}, {o2, u"ZF002"_s}};
        c.penalties = {PenaltyCategory::Fine, PenaltyCategory::ConfiscateIncome, PenaltyCategory::Warning};
        c.discretion = Discretion::Lenient;
        c.fineFen = 1250050;
        c.confiscationFen = 99;
        c.major = true;
        c.publishedOn = QDate(2024, 5, 15);
        c.reconsideration = ReconsiderationOutcome::Upheld;
        c.litigation = LitigationOutcome::Withdrawn;
        c.statutoryDays = 90;
        c.extensionDays = 30;
        c.extensionApprovedOn = QDate(2024, 5, 20);
        c.extensionApprovedBy = u"王局长"_s;
        c.hearingRequested = true;
        c.hearingHeldOn = QDate(2024, 4, 20);
        c.hearingNote = u"当事人到场"_s;
        c.stages = {{CaseStage::Filing, QDate(2024, 3, 1), u"立案审批"_s, false},
                    {CaseStage::Investigation, QDate(2024, 3, 5), {}, true},
                    {CaseStage::Decision, QDate(2024, 5, 10), {}, false}};
        c.reviews = {{1, u"赵审核"_s, QDate(2024, 4, 25), QDate(2024, 4, 28), ReviewConclusion::Problems, u"证据不足"_s},
                     {2, u"赵审核"_s, QDate(2024, 5, 2), QDate(2024, 5, 6), ReviewConclusion::Approved, {}}};
        c.discussion = CollectiveDiscussion{QDate(2024, 5, 8), u"同意处罚"_s,
                                            {{u"局长"_s, u"同意"_s}, {u"副局长"_s, u"同意，建议从轻"_s}}};
        const qint64 id = saveOrFail(t.db(), c);
        QVERIFY(id > 0);

        t.reopen();
        auto byId = CaseRepository(t.db()).find(id);
        QVERIFY(byId.ok() && byId.value());
        QCOMPARE(*byId.value(), c);
        auto byNo = CaseRepository(t.db()).findByCaseNo(u" 清市监罚〔2024〕12号 "_s);
        QVERIFY(byNo.ok() && byNo.value());
        QCOMPARE(byNo.value()->id, id);
        // Denormalised for the report: heaviest category and the approving review's date.
        QSqlQuery q(t->connection());
        QVERIFY(q.exec(u"SELECT heaviest_penalty, review_approved_on, report_year FROM enforcement_case"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"confiscate_income"_s);
        QCOMPARE(q.value(1).toString(), u"2024-05-06"_s);
        QCOMPARE(q.value(2).toInt(), 2024);

        auto history = AuditTrail(t.db()).history(u"enforcement_case"_s, c.caseNo);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().after.value(u"fine_fen"_s).toString(), u"1250050"_s);
    }

    void updateReplacesPartsAndAuditsOnlyChanges()
    {
        Test::TestDatabase t;
        const qint64 agency = Test::addAgency(t.db(), u"清河县市场监督管理局"_s);
        EnforcementCase c = basicCase(agency, u"A-1"_s, QDate(2024, 3, 1));
        c.penalties = {PenaltyCategory::Fine, PenaltyCategory::Warning};
        c.stages = {{CaseStage::Filing, QDate(2024, 3, 1), {}, false}};
        saveOrFail(t.db(), c);
        saveOrFail(t.db(), c); // unchanged: no audit row
        c.penalties = {PenaltyCategory::Detention};
        c.stages.clear();
        c.decidedOn = QDate(2025, 1, 3);
        saveOrFail(t.db(), c);
        auto found = CaseRepository(t.db()).find(c.id);
        QCOMPARE(found.value()->penalties, QList<PenaltyCategory>{PenaltyCategory::Detention});
        QVERIFY(found.value()->stages.isEmpty());
        QCOMPARE(t.rowCount(u"case_penalty"_s), qint64(1));
        QCOMPARE(scalar(t.db(), u"SELECT report_year FROM enforcement_case"_s), qint64(2025));
        auto history = AuditTrail(t.db()).history(u"enforcement_case"_s, u"A-1"_s);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->last().action, AuditEntry::Action::Update);
        QCOMPARE(history->last().before.value(u"penalties"_s).toArray().size(), 2);
    }

    void validationNamesTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("words");
        QTest::newRow("decided before filed") << u"decided_on"_s << u"before the filing date"_s;
        QTest::newRow("penalties on licence") << u"penalties"_s << u"only for 行政处罚"_s;
        QTest::newRow("licence result on penalty") << u"licence_result"_s << u"only for 行政许可"_s;
        QTest::newRow("round after approval") << u"reviews"_s << u"follows only a round that found problems"_s;
        QTest::newRow("negative fine") << u"fine"_s << u"cannot be negative"_s;
        QTest::newRow("published undecided") << u"published_on"_s << u"needs a decision date"_s;
        QTest::newRow("extension unapproved") << u"extension_days"_s << u"approved"_s;
        QTest::newRow("stage twice") << u"stages"_s << u"recorded twice"_s;
    }

    void validationNamesTheField()
    {
        QFETCH(QString, field);
        QFETCH(QString, words);
        Test::TestDatabase t;
        const qint64 agency = Test::addAgency(t.db(), u"清河县市场监督管理局"_s);
        EnforcementCase c = basicCase(agency, u"B-1"_s, QDate(2024, 3, 1));
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        if (tag == u"decided before filed")
            c.decidedOn = QDate(2024, 2, 28);
        else if (tag == u"penalties on licence") {
            c.kind = CaseKind::Licence;
            c.penalties = {PenaltyCategory::Fine};
        }
        else if (tag == u"licence result on penalty")
            c.licenceResult = LicenceResult::Granted;
        else if (tag == u"round after approval")
            c.reviews = {{1, {}, {}, QDate(2024, 3, 2), ReviewConclusion::Approved, {}},
                         {2, {}, {}, QDate(2024, 3, 3), ReviewConclusion::Approved, {}}};
        else if (tag == u"negative fine")
            c.fineFen = -1;
        else if (tag == u"published undecided")
            c.publishedOn = QDate(2024, 4, 1);
        else if (tag == u"extension unapproved")
            c.extensionDays = 30;
        else if (tag == u"stage twice")
            c.stages = {{CaseStage::Filing, QDate(2024, 3, 1), {}, false}, {CaseStage::Filing, QDate(2024, 3, 2), {}, false}};
        Transaction tx(t.db());
        auto r = CaseRepository(t.db()).save(c);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Invalid);
        QCOMPARE(r.error().context, field);
        QVERIFY2(r.error().message.contains(words), qPrintable(r.error().message));
        QCOMPARE(t.rowCount(u"enforcement_case"_s), qint64(0));
    }

    void majorWithoutApprovalIsAWarningNotABlock()
    {
        Test::TestDatabase t;
        const qint64 agency = Test::addAgency(t.db(), u"清河县市场监督管理局"_s);
        EnforcementCase c = basicCase(agency, u"M-1"_s, QDate(2024, 3, 1));
        c.major = true;
        c.decidedOn = QDate(2024, 4, 1);
        // Approved only after the decision: still a warning.
        c.reviews = {{1, {}, QDate(2024, 3, 20), QDate(2024, 4, 2), ReviewConclusion::Approved, {}}};
        const QList<CaseProblem> problems = validateCase(c);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().severity, CaseProblem::Severity::Warning);
        QCOMPARE(problems.first().field, u"legal_review_result"_s);
        QVERIFY(saveOrFail(t.db(), c) > 0);
        c.reviews.first().concludedOn = QDate(2024, 4, 1); // on the decision date: fine
        QVERIFY(validateCase(c).isEmpty());
    }

    void duplicateCaseNumberIsAConflict()
    {
        Test::TestDatabase t;
        const qint64 agency = Test::addAgency(t.db(), u"清河县市场监督管理局"_s);
        EnforcementCase a = basicCase(agency, u"D-1"_s, QDate(2024, 3, 1));
        saveOrFail(t.db(), a);
        EnforcementCase b = basicCase(agency, u"D-1"_s, QDate(2024, 3, 2));
        Transaction tx(t.db());
        auto r = CaseRepository(t.db()).save(b);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Conflict);
        QVERIFY(r.error().message.contains(u"D-1"_s));
    }

    void removeCascadesAndAudits()
    {
        Test::TestDatabase t;
        const qint64 agency = Test::addAgency(t.db(), u"清河县市场监督管理局"_s);
        EnforcementCase c = basicCase(agency, u"R-1"_s, QDate(2024, 3, 1));
        c.penalties = {PenaltyCategory::Warning};
        c.reviews = {{1, u"甲"_s, {}, {}, std::nullopt, {}}};
        c.discussion = CollectiveDiscussion{QDate(2024, 3, 5), {}, {{u"甲"_s, u"同意"_s}}};
        saveOrFail(t.db(), c);
        {
            Transaction tx(t.db());
            QVERIFY(CaseRepository(t.db()).remove(c.id).ok());
            QVERIFY(tx.commit().ok());
        }
        for (const QString &table : {u"enforcement_case"_s, u"case_penalty"_s, u"legal_review"_s,
                                     u"collective_discussion"_s, u"discussion_opinion"_s})
            QCOMPARE(t.rowCount(table), qint64(0));
        auto history = AuditTrail(t.db()).history(u"enforcement_case"_s, u"R-1"_s);
        QCOMPARE(history->last().action, AuditEntry::Action::Delete);
        Transaction tx(t.db());
        QCOMPARE(CaseRepository(t.db()).remove(c.id).error().code, Error::Code::NotFound);
    }

    void listFiltersSortsAndPages()
    {
        Test::TestDatabase t;
        const qint64 a1 = Test::addAgency(t.db(), u"甲局"_s);
        const qint64 a2 = Test::addAgency(t.db(), u"乙局"_s);
        // 30 cases: opened 2023-12-01 + i days, every 3rd in a2, every 2nd a licence case,
        // every 4th decided in 2025 (so it counts in 2025 whatever its filing year).
        for (int i = 0; i < 30; ++i) {
            EnforcementCase c = basicCase(i % 3 == 0 ? a2 : a1, u"L-%1"_s.arg(i), QDate(2023, 12, 1).addDays(i * 2));
            c.kind = i % 2 == 0 ? CaseKind::Licence : CaseKind::Penalty;
            if (i % 4 == 0)
                c.decidedOn = QDate(2025, 1, 10);
            saveOrFail(t.db(), c);
        }
        CaseRepository repo(t.db());
        CaseQuery all;
        QCOMPARE(repo.count(all).value(), qint64(30));
        auto page = repo.list(all, 0, 5);
        QCOMPARE(page->size(), 5);
        QCOMPARE(page->first().caseNo, u"L-29"_s);
        QCOMPARE(page->first().agencyName, u"甲局"_s);
        CaseQuery q;
        q.agencyIds = {a2};
        q.kind = CaseKind::Licence;
        QCOMPARE(repo.count(q).value(), qint64(5)); // i = 0, 6, 12, 18, 24
        q = {};
        q.year = 2025;
        QCOMPARE(repo.count(q).value(), qint64(8)); // i % 4 == 0
        q.year = 2023;
        QCOMPARE(repo.count(q).value(), qint64(16 - 4)); // opened in Dec 2023 (i <= 15), undecided
        q = {};
        q.decided = false;
        QCOMPARE(repo.count(q).value(), qint64(22));

        // Keyset paging walks the same rows as offset paging.
        QStringList byOffset, byKeyset;
        const QList<CaseRow> everything = repo.list(CaseQuery{}, 0, 100).value();
        for (const CaseRow &r : everything)
            byOffset << r.caseNo;
        CaseQuery k;
        for (;;) {
            auto rows = repo.list(k, 0, 7).value();
            for (const CaseRow &r : rows)
                byKeyset << r.caseNo;
            if (rows.size() < 7)
                break;
            k.afterOpenedOn = rows.last().openedOn;
            k.afterId = rows.last().id;
        }
        QCOMPARE(byKeyset, byOffset);
    }

    void ftsFollowsInsertUpdateDelete()
    {
        Test::TestDatabase t;
        const qint64 agency = Test::addAgency(t.db(), u"甲局"_s);
        EnforcementCase c = basicCase(agency, u"F-1"_s, QDate(2024, 3, 1));
        saveOrFail(t.db(), c);
        const QString match = u"SELECT count(*) FROM case_fts WHERE case_fts MATCH '%1'"_s;
        QCOMPARE(scalar(t.db(), match.arg(u"经营食"_s)), qint64(1));
        QCOMPARE(scalar(t.db(), match.arg(u"某某超"_s)), qint64(1));
        c.title = u"占道经营案"_s;
        saveOrFail(t.db(), c);
        QCOMPARE(scalar(t.db(), match.arg(u"经营食"_s)), qint64(0));
        QCOMPARE(scalar(t.db(), match.arg(u"占道经"_s)), qint64(1));
        Transaction tx(t.db());
        QVERIFY(CaseRepository(t.db()).remove(c.id).ok());
        QVERIFY(tx.commit().ok());
        QCOMPARE(scalar(t.db(), match.arg(u"占道经"_s)), qint64(0));
    }

    void heaviestPenaltyFollowsTheReportOrder()
    {
        using P = PenaltyCategory;
        QCOMPARE(heaviestPenalty({}), std::nullopt);
        QCOMPARE(heaviestPenalty({P::Other}), P::Other);
        QCOMPARE(heaviestPenalty({P::Other, P::Warning}), P::Warning);
        QCOMPARE(heaviestPenalty({P::Fine, P::Detention, P::Warning}), P::Detention);
        QCOMPARE(heaviestPenalty({P::RestrictPractice, P::Close}), P::RestrictPractice);
        QCOMPARE(heaviestPenalty({P::SuspendLicence, P::ConfiscateProperty}), P::SuspendLicence);
    }

    void queriesUseTheirIndexes()
    {
        Test::TestDatabase t;
        QVERIFY(plan(t.db(), u"SELECT id FROM enforcement_case WHERE agency_id = 1 AND kind = 'penalty' "
                               "ORDER BY opened_on DESC, id DESC LIMIT 50"_s)
                    .contains(u"case_agency_kind_opened"_s));
        const QString report = plan(t.db(), u"SELECT agency_id, kind, heaviest_penalty, discretion, licence_result, "
                                              "count(*), sum(fine_fen), sum(confiscation_fen), sum(major), "
                                              "sum(review_approved_on <= decided_on), sum(transferred) "
                                              "FROM enforcement_case WHERE report_year = 2024 "
                                              "GROUP BY agency_id, kind, heaviest_penalty, discretion, licence_result"_s);
        QVERIFY2(report.contains(u"COVERING INDEX case_report"_s), qPrintable(report));
    }
};

QTEST_GUILESS_MAIN(TestCaseRepository)
#include "tst_caserepository.moc"
