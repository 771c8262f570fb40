// ReviewRepository and FindingRepository on a real SQLite file: score sheet versioning (a
// used version is never edited; an edit makes a new version and old reviews keep theirs),
// file reviews with results and problems, the expert pool, findings raised from problems,
// audit rows for every write.

#include "storage/audittrail.h"
#include "storage/findingrepository.h"
#include "storage/officerrepository.h"
#include "storage/reviewrepository.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"
#include "tst_reviewhelpers.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Jiandu;
using namespace Qt::StringLiterals;

namespace {

qint64 auditCount(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT count(*) FROM audit_log WHERE table_name = ?"_s);
    q.addBindValue(table);
    if (!q.exec() || !q.next())
        qFatal("audit count failed");
    return q.value(0).toLongLong();
}

struct Setup
{
    qint64 agency = 0, caseA = 0, caseB = 0;
    ReviewActivity activity;
};

Setup setup(Database &db)
{
    Setup s;
    s.agency = Test::addAgency(db, u"清河县市场监督管理局"_s);
    s.caseA =
        Test::addCase(db, s.agency, u"清市监罚〔2024〕1号"_s, QDate(2024, 3, 1), QDate(2024, 4, 2));
    s.caseB =
        Test::addCase(db, s.agency, u"清市监罚〔2024〕2号"_s, QDate(2024, 5, 6), QDate(2024, 6, 7));
    s.activity.name = u"2025年度行政执法案卷评查"_s;
    s.activity.year = 2025;
    s.activity.kind = ReviewKind::Routine;
    s.activity.organiser = u"清河县司法局"_s;
    s.activity.startsOn = QDate(2025, 3, 1);
    s.activity.seed = 7;
    Test::addActivity(db, s.activity);
    return s;
}

} // namespace

class TestReviewRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void upgradedDatabaseGetsTheDefaultSheet()
    {
        // The last released schema (3) upgraded by migration 0004: the default sheet is there
        // and the existing case can be reviewed.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"schema-3.sqlite"_s);
        QVERIFY(QFile::copy(QStringLiteral(JIANDU_TEST_DATA_DIR "/schema/schema-3.sqlite"), path));
        QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        auto opened = Database::open(path);
        QVERIFY(opened.ok());
        Database &db = *opened.value();
        ReviewRepository repo(db);
        const ReviewSheet s = *repo.currentSheet(QDate(2025, 1, 1)).value();
        QCOMPARE(s.items.size(), 19);
        QCOMPARE(s.maxTotal(), 100.0);
        ReviewActivity a;
        a.name = u"升级后评查"_s;
        a.year = 2025;
        a.sampleAgencyIds = {1};
        a.sampleYear = 2024;
        a.sampleCount = 5;
        QVERIFY(repo.saveActivity(a).ok());
        QCOMPARE(repo.drawFiles(a.id).value(), QList<qint64>{1});
    }

    void unusedSheetIsEditedInPlace()
    {
        Test::TestDatabase t;
        ReviewRepository repo(t.db());
        ReviewSheet s = *repo.currentSheet(QDate(2025, 3, 1)).value();
        const qint64 id = s.id;
        QCOMPARE(repo.sheetInUse(id).value(), false);
        s.items[10].maxPoints = 7; // 文书制作规范 8 -> 7
        s.items[9].maxPoints = 6;  // 立卷归档规范 5 -> 6
        QVERIFY(repo.saveSheet(s).ok());
        QCOMPARE(s.id, id);
        QCOMPARE(repo.sheet(id).value()->items.at(10).maxPoints, 7.0);
        QCOMPARE(repo.sheets().value().size(), 1);
        auto history = AuditTrail(t.db()).history(u"review_sheet"_s, s.name + u"/2025"_s);
        QCOMPARE(history.value().size(), 1);
        QCOMPARE(history.value().constFirst().action, AuditEntry::Action::Update);
    }

    void usedSheetVersionIsNeverEdited()
    {
        Test::TestDatabase t;
        const Setup s = setup(t.db());
        ReviewRepository repo(t.db());
        const qint64 oldSheet = s.activity.sheetId;
        QVERIFY(oldSheet > 0);

        FileReview r;
        r.activityId = s.activity.id;
        r.caseId = s.caseA;
        r.reviewedOn = QDate(2025, 3, 10);
        r.status = ReviewStatus::Final;
        r.results = {ItemResult{10, false, 2, u"卷皮填写不全"_s}};
        QVERIFY(repo.saveReview(r).ok());
        QCOMPARE(r.sheetId, oldSheet);
        QCOMPARE(*r.total, 98.0);
        QCOMPARE(repo.sheetInUse(oldSheet).value(), true);

        // Same label: refused, nothing changes.
        ReviewSheet edited = *repo.sheet(oldSheet).value();
        edited.items.removeLast();       // 法制审核与集体讨论 7 points gone
        edited.items[13].maxPoints = 27; // 事实与证据 20 -> 27
        auto refused = repo.saveSheet(edited);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        QCOMPARE(repo.sheet(oldSheet).value()->items.size(), 19);

        // A new label: a new version; the old one and its review are untouched.
        edited.version = u"2026"_s;
        edited.effectiveOn = QDate(2026, 1, 1);
        auto saved = repo.saveSheet(edited);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
        QVERIFY(edited.id != oldSheet);
        QCOMPARE(repo.sheet(oldSheet).value()->items.size(), 19);
        QCOMPARE(repo.sheet(oldSheet).value()->items.at(13).maxPoints, 20.0);
        QCOMPARE(repo.sheet(edited.id).value()->items.size(), 18);
        QCOMPARE(repo.review(r.id).value()->sheetId, oldSheet);

        // Re-saving the old review rescores it with its own version.
        FileReview again = *repo.review(r.id).value();
        again.sheetId = edited.id; // ignored: a review keeps its version
        again.results << ItemResult{19, false, 3, u"未集体讨论"_s};
        QVERIFY(repo.saveReview(again).ok());
        QCOMPARE(repo.review(r.id).value()->sheetId, oldSheet);
        QCOMPARE(*repo.review(r.id).value()->total, 95.0);

        // The version in effect depends on the date; new activities take it.
        QCOMPARE(repo.currentSheet(QDate(2025, 12, 31)).value()->id, oldSheet);
        QCOMPARE(repo.currentSheet(QDate(2026, 1, 1)).value()->id, edited.id);
        ReviewActivity next;
        next.name = u"2026年度案卷评查"_s;
        next.year = 2026;
        next.startsOn = QDate(2026, 2, 1);
        Test::addActivity(t.db(), next);
        QCOMPARE(next.sheetId, edited.id);
        // The used version cannot be removed; the audit has both versions.
        QCOMPARE(repo.removeSheet(oldSheet).error().code, Error::Code::Conflict);
        QCOMPARE(auditCount(t.db(), u"review_sheet"_s), qint64(1)); // the insert of 2026
    }

    void reviewRoundTripsWithProblemsAndAudit()
    {
        Test::TestDatabase t;
        const Setup s = setup(t.db());
        ReviewRepository repo(t.db());
        FileReview r;
        r.activityId = s.activity.id;
        r.caseId = s.caseB;
        r.reviewedOn = QDate(2025, 3, 12);
        r.results = {ItemResult{3, false, 0, {}}, ItemResult{14, false, 12.5, u"证据链不完整"_s},
                     ItemResult{17, false, 20, u"未说明裁量理由"_s}};
        r.problems = {ReviewProblem{0, u"现场检查笔录无当事人签名"_s, 14, {}},
                      ReviewProblem{0, u"未说明从重处罚的理由"_s, 17, {}}};
        r.note = u"建议整改"_s;
        QVERIFY(repo.saveReview(r).ok());
        // 100 − 12.5 − 10 (自由裁量 has 10 points: the deduction of 20 stops at 0).
        QCOMPARE(*r.total, 77.5);
        QCOMPARE(*r.grade, ReviewGrade::Pass);
        FileReview loaded = *repo.review(r.id).value();
        QCOMPARE(loaded.results, r.results);
        QCOMPARE(loaded.problems.size(), 2);
        QCOMPARE(loaded.problems.at(1).itemPosition, std::optional<int>(17));
        QCOMPARE(loaded.note, u"建议整改"_s);
        QCOMPARE(*loaded.total, 77.5);
        QCOMPARE(repo.latestReviewOfCase(s.caseB).value()->id, r.id);
        QVERIFY(!repo.latestReviewOfCase(s.caseA).value());

        // A veto fails: 0 points, 不合格.
        loaded.results << ItemResult{9, true, 0, u"仅一名执法人员"_s};
        QVERIFY(repo.saveReview(loaded).ok());
        QCOMPARE(*repo.review(r.id).value()->total, 0.0);
        QCOMPARE(*repo.review(r.id).value()->grade, ReviewGrade::Fail);

        // One case, one review per activity.
        FileReview twice;
        twice.activityId = s.activity.id;
        twice.caseId = s.caseB;
        QCOMPARE(repo.saveReview(twice).error().code, Error::Code::Conflict);

        auto history = AuditTrail(t.db()).history(u"file_review"_s,
                                                  s.activity.name + u"/清市监罚〔2024〕2号"_s);
        QCOMPARE(history.value().size(), 2);
        QCOMPARE(history.value().at(1).action, AuditEntry::Action::Update);
        QCOMPARE(history.value().at(1).after.value(u"grade"_s).toString(), u"fail"_s);
    }

    void findingRaisedFromProblemStaysLinked()
    {
        Test::TestDatabase t;
        const Setup s = setup(t.db());
        ReviewRepository repo(t.db());
        FileReview r;
        r.activityId = s.activity.id;
        r.caseId = s.caseA;
        r.reviewedOn = QDate(2025, 3, 15);
        r.problems = {ReviewProblem{0, u"送达回证缺失"_s, 18, {}},
                      ReviewProblem{0, u"卷内目录页码不连续"_s, 12, {}}};
        QVERIFY(repo.saveReview(r).ok());
        const qint64 problemId = r.problems.at(0).id;
        QVERIFY(problemId > 0);

        FindingRepository findings(t.db());
        auto raised = findings.raiseFromProblem(problemId, u"程序问题"_s);
        QVERIFY2(raised.ok(), qPrintable(raised.ok() ? QString() : raised.error().toString()));
        const Finding f = *findings.find(raised.value()).value();
        QCOMPARE(f.agencyId, s.agency);
        QCOMPARE(f.caseId, std::optional<qint64>(s.caseA));
        QCOMPARE(f.problem, u"送达回证缺失"_s);
        QCOMPARE(f.foundOn, QDate(2025, 3, 15));
        QCOMPARE(f.source, u"案卷评查：2025年度行政执法案卷评查"_s);
        QCOMPARE(findings.raiseFromProblem(problemId).value(), raised.value()); // once
        QCOMPARE(auditCount(t.db(), u"finding"_s), qint64(1));

        // Re-saving with the problems reordered and one added keeps the link.
        FileReview loaded = *repo.review(r.id).value();
        QCOMPARE(loaded.problems.at(0).findingId, std::optional<qint64>(raised.value()));
        loaded.problems.swapItemsAt(0, 1);
        loaded.problems.prepend(ReviewProblem{0, u"告知书未载明陈述申辩权"_s, 15, {}});
        QVERIFY(repo.saveReview(loaded).ok());
        FileReview reread = *repo.review(r.id).value();
        QCOMPARE(reread.problems.size(), 3);
        QCOMPARE(reread.problems.at(2).id, problemId);
        QCOMPARE(reread.problems.at(2).findingId, std::optional<qint64>(raised.value()));

        // A removed problem leaves its finding, unlinked.
        reread.problems.removeAt(2);
        QVERIFY(repo.saveReview(reread).ok());
        QVERIFY(!findings.find(raised.value()).value()->reviewProblemId);
        QCOMPARE(findings.list(0, 10).value().size(), 1);
        QVERIFY(!findings.raiseFromProblem(problemId).ok());
    }

    void expertPoolLinksOfficersAndMasksPhones()
    {
        Test::TestDatabase t;
        const Setup s = setup(t.db());
        Test::OfficerSpec spec;
        spec.name = u"周敏"_s;
        const qint64 officerId = Test::addOfficer(t.db(), s.agency, spec);
        {
            Transaction tx(t.db());
            OfficerRepository officers(t.db());
            Officer o = *officers.find(officerId).value();
            o.phone = u"13812345678"_s;
            QVERIFY(officers.save(o).ok());
            QVERIFY(tx.commit().ok());
        }
        ReviewRepository repo(t.db());
        ReviewExpert inside;
        inside.officerId = officerId;
        inside.speciality = u"市场监管"_s;
        QVERIFY(repo.saveExpert(inside).ok());
        QCOMPARE(inside.name, u"周敏"_s);
        QCOMPARE(inside.organisation, u"清河县市场监督管理局"_s);
        QVERIFY(!inside.maskedPhone().contains(u"12345678"_s));
        QVERIFY(inside.maskedPhone().startsWith(u"138"_s));

        ReviewExpert outside;
        outside.name = u"李律师"_s;
        outside.organisation = u"清河律师事务所"_s;
        outside.phone = u"13987654321"_s;
        QVERIFY(repo.saveExpert(outside).ok());
        ReviewExpert nameless;
        QCOMPARE(repo.saveExpert(nameless).error().context, u"Name"_s);
        ReviewExpert twice;
        twice.officerId = officerId;
        QCOMPARE(repo.saveExpert(twice).error().code, Error::Code::Conflict);

        const QList<ReviewExpert> pool = repo.experts(0, 10).value();
        QCOMPARE(pool.size(), 2);
        QCOMPARE(pool.at(0).name, u"周敏"_s); // by name, in code-point order: 周 U+5468 < 李 U+674E
        // The audit keeps no full phone number.
        auto history = AuditTrail(t.db()).history(u"review_expert"_s, QString::number(outside.id));
        QVERIFY(!QString::fromUtf8(QJsonDocument(history.value().at(0).after).toJson())
                     .contains(u"87654321"_s));

        // Reviewers of an activity and of a file; an expert in use is not removed.
        ReviewActivity a = s.activity;
        a.reviewerIds = {inside.id, outside.id};
        QVERIFY(repo.saveActivity(a).ok());
        QCOMPARE(repo.activity(a.id).value()->reviewerIds.size(), 2);
        QCOMPARE(repo.removeExpert(outside.id).error().code, Error::Code::Conflict);
        FileReview r;
        r.activityId = a.id;
        r.caseId = s.caseA;
        r.reviewerIds = {outside.id, inside.id, outside.id};
        QVERIFY(repo.saveReview(r).ok());
        QCOMPARE(repo.review(r.id).value()->reviewerIds, (QList<qint64>{outside.id, inside.id}));
    }

    void activitiesListAndRemoval()
    {
        Test::TestDatabase t;
        const Setup s = setup(t.db());
        ReviewRepository repo(t.db());
        ReviewActivity dup;
        dup.name = s.activity.name;
        dup.year = 2025;
        QCOMPARE(repo.saveActivity(dup).error().code, Error::Code::Conflict);
        FileReview r;
        r.activityId = s.activity.id;
        r.caseId = s.caseA;
        r.status = ReviewStatus::Final;
        QVERIFY(repo.saveReview(r).ok());
        QCOMPARE(*r.total, 100.0); // final with nothing deducted
        const QList<ReviewActivityRow> rows = repo.activities(0, 10).value();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).files, 1);
        QCOMPARE(rows.at(0).finalFiles, 1);
        const QList<FileReviewRow> files = repo.reviews(s.activity.id, 0, 10).value();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.at(0).caseNo, u"清市监罚〔2024〕1号"_s);
        QCOMPARE(files.at(0).agencyName, u"清河县市场监督管理局"_s);
        QCOMPARE(*files.at(0).grade, ReviewGrade::Excellent);

        QVERIFY(repo.removeActivity(s.activity.id).ok());
        QCOMPARE(t.rowCount(u"file_review"_s), qint64(0));
        QCOMPARE(t.rowCount(u"review_activity"_s), qint64(0));
        QCOMPARE(auditCount(t.db(), u"review_activity"_s), qint64(2)); // insert, delete
        QCOMPARE(auditCount(t.db(), u"file_review"_s), qint64(2));
    }
};

QTEST_GUILESS_MAIN(TestReviewRepository)
#include "tst_reviewrepository.moc"
