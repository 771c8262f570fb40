#pragma once

// The fixture of tst_annualreport: two bodies, officers, cases of every kind, file reviews
// and rectification tasks, each commented with what it contributes to the 2024 and 2023
// reports. Year Y = 2024 as of 2024-12-31; previous = 2023 as of 2023-12-31.

#include "storage/caserepository.h"
#include "storage/reviewrepository.h"
#include "storage/transaction.h"
#include "support/fixtures.h"
#include "tst_rulehelpers.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

namespace Jiandu::Test::AnnualFixture {

using namespace Qt::StringLiterals;

struct Fixture
{
    qint64 a = 0, b = 0;
    QHash<QString, qint64> cases; // by 案号
};

// A decided case; `published` may be null.
inline EnforcementCase decided(qint64 agency, const QString &no, CaseKind kind, const QDate &opened,
                               const QDate &decidedOn, const QDate &published = {})
{
    EnforcementCase c = Test::ruleCase(agency, no, kind, opened, decidedOn);
    c.publishedOn = published;
    return c;
}

inline Test::OfficerSpec spec(const QString &name, int n, OfficerStatus status, bool reviewer,
                              const QString &cert, const QDate &issued = QDate(2022, 1, 1),
                              const QDate &expires = QDate(2027, 12, 31))
{
    Test::OfficerSpec s;
    s.name = name;
    s.n = n;
    s.status = status;
    s.legalReviewer = reviewer;
    s.certNumber = cert;
    s.certIssued = issued;
    s.certExpires = expires;
    return s;
}

inline void addOfficers(Database &db, const Fixture &f)
{
    using namespace Test;
    // A: o1 active, legal reviewer, certificate valid 2022–2027; 40 + 20 h legal training in
    // 2024 (= 60, met) + 10 h political (excluded); 2024 优秀.
    const OfficerSpec o1 = spec(u"张一"_s, 1, OfficerStatus::Active, true, u"ZF001"_s);
    const qint64 id1 = addOfficer(db, f.a, o1);
    addTraining(db, id1, QDate(2024, 3, 1), 40);
    addTraining(db, id1, QDate(2024, 4, 1), 20, TrainingKind::SpecialistLaw);
    addTraining(db, id1, QDate(2024, 5, 1), 10, TrainingKind::Political);
    addAssessment(db, id1, 2024, AssessmentResult::Excellent);
    // A: o2 active, certificate 2019-07-01 – 2024-06-30 (valid at the end of 2023, expired at
    // the end of 2024); 2024: 2025 minutes only = 45 h (not met); 2023: 61 h (met); 2024 合格,
    // 2023 不合格.
    const OfficerSpec o2 = spec(u"张二"_s, 2, OfficerStatus::Active, false, u"ZF002"_s,
                                QDate(2019, 7, 1), QDate(2024, 6, 30));
    const qint64 id2 = addOfficer(db, f.a, o2);
    addTrainingMinutes(db, id2, QDate(2024, 6, 1), 2025);
    addTraining(db, id2, QDate(2023, 6, 1), 61);
    addAssessment(db, id2, 2024, AssessmentResult::Competent);
    addAssessment(db, id2, 2023, AssessmentResult::Incompetent);
    // A: o3 retired (counts nowhere), certificate valid, 100 h, 2024 不合格.
    const OfficerSpec o3 = spec(u"张三"_s, 3, OfficerStatus::Retired, false, u"ZF003"_s);
    const qint64 id3 = addOfficer(db, f.a, o3);
    addTraining(db, id3, QDate(2024, 3, 1), 100);
    addAssessment(db, id3, 2024, AssessmentResult::Incompetent);
    // B: o4 active, no certificate; 30 h + 90 minutes (2 h) = 32 h; 2024 基本合格.
    OfficerSpec o4;
    o4.name = u"李四"_s;
    o4.n = 4;
    const qint64 id4 = addOfficer(db, f.b, o4);
    addTraining(db, id4, QDate(2024, 1, 15), 30);
    addTrainingMinutes(db, id4, QDate(2024, 2, 1), 90);
    addAssessment(db, id4, 2024, AssessmentResult::Basic);
    // B: o5 active, certificate issued only on 2025-01-10 (not held at either as-of date).
    const OfficerSpec o5 = spec(u"李五"_s, 5, OfficerStatus::Active, false, u"ZF005"_s,
                                QDate(2025, 1, 10), QDate(2030, 1, 9));
    addOfficer(db, f.b, o5);
}

// Publicity deadlines from the shipped 2024 calendar (decision day = day 0; 7 working days
// for 行政处罚/行政许可, 20 for the rest) are noted on each case.
inline void addCases(Database &db, Fixture &f)
{
    using Test::reviewRound;
    QList<EnforcementCase> all;
    // P1 A: 警告 + 罚款 + 没收违法所得 → 没收; decided Fri 2024-09-27, deadline across National
    // Day (09-29 Sun worked, 10-01..07 off, 10-12 Sat worked): 09-29, 09-30, 10-08, 10-09,
    // 10-10, 10-11, 10-12 → published 10-12 on time. Major, reviewed 同意 09-20 (before).
    EnforcementCase p1 = decided(f.a, u"P1"_s, CaseKind::Penalty, QDate(2024, 8, 1),
                                 QDate(2024, 9, 27), QDate(2024, 10, 12));
    p1.penalties = {PenaltyCategory::Warning, PenaltyCategory::Fine,
                    PenaltyCategory::ConfiscateIncome};
    p1.fineFen = 1250050;
    p1.confiscationFen = 300000;
    p1.major = true;
    p1.reviews = {reviewRound(1, QDate(2024, 9, 20), ReviewConclusion::Approved)};
    all << p1;
    // P2 A: 罚款 + 行政拘留 + 其他 → 行政拘留; 减轻处罚; same deadline 10-12, published 10-14
    // (late). Major, reviewed 同意 only on 09-30 (after the decision). Fine 99 fen.
    EnforcementCase p2 = decided(f.a, u"P2"_s, CaseKind::Penalty, QDate(2024, 8, 1),
                                 QDate(2024, 9, 27), QDate(2024, 10, 14));
    p2.penalties = {PenaltyCategory::Fine, PenaltyCategory::Detention, PenaltyCategory::Other};
    p2.discretion = Discretion::Mitigated;
    p2.fineFen = 99;
    p2.major = true;
    p2.reviews = {reviewRound(1, QDate(2024, 9, 30), ReviewConclusion::Approved)};
    all << p2;
    // P3 A: 其他 only; decided Thu 12-26, deadline 12-27, 12-30, 12-31, 2025-01-02 … 01-07:
    // not due on 2024-12-31.
    EnforcementCase p3 =
        decided(f.a, u"P3"_s, CaseKind::Penalty, QDate(2024, 12, 1), QDate(2024, 12, 26));
    p3.penalties = {PenaltyCategory::Other};
    all << p3;
    // P4 B: filed 2023-12-20, decided Fri 2024-01-05 (counts in 2024, not 2023); 责令关闭 +
    // 限制从业 + 暂扣许可证件 → 责令关闭限制从业; deadline 01-16, published 01-10 on time;
    // reconsideration 变更 (corrected), litigation 维持 (not lost). Fine 500000 fen.
    EnforcementCase p4 = decided(f.b, u"P4"_s, CaseKind::Penalty, QDate(2023, 12, 20),
                                 QDate(2024, 1, 5), QDate(2024, 1, 10));
    p4.penalties = {PenaltyCategory::Close, PenaltyCategory::RestrictPractice,
                    PenaltyCategory::SuspendLicence};
    p4.fineFen = 500000;
    p4.reconsideration = ReconsiderationOutcome::Changed;
    p4.litigation = LitigationOutcome::Upheld;
    all << p4;
    // P5 B: 不予处罚, decided Fri 03-01, closed 03-05; deadline 03-12, published 04-30 (late);
    // reconsideration 维持, litigation 撤销 (lost).
    EnforcementCase p5 = decided(f.b, u"P5"_s, CaseKind::Penalty, QDate(2024, 2, 1),
                                 QDate(2024, 3, 1), QDate(2024, 4, 30));
    p5.discretion = Discretion::Exempt;
    p5.closedOn = QDate(2024, 3, 5);
    p5.reconsideration = ReconsiderationOutcome::Upheld;
    p5.litigation = LitigationOutcome::Revoked;
    all << p5;
    // P6 B: filed 2024-11-01, undecided: a case of 2024, no decision.
    all << Test::ruleCase(f.b, u"P6"_s, CaseKind::Penalty, QDate(2024, 11, 1));
    // P7 A: 通报批评 + 警告 → 通报批评; 减轻处罚; transferred; decided 05-06, published 05-07.
    EnforcementCase p7 = decided(f.a, u"P7"_s, CaseKind::Penalty, QDate(2024, 4, 1),
                                 QDate(2024, 5, 6), QDate(2024, 5, 7));
    p7.penalties = {PenaltyCategory::Criticism, PenaltyCategory::Warning};
    p7.discretion = Discretion::Mitigated;
    p7.transferred = true;
    p7.transferredOn = QDate(2024, 5, 20);
    all << p7;
    // P8 B: 罚款 + 没收非法财物 → 没收; decided 06-03, published 06-04; confiscation 123 fen.
    EnforcementCase p8 = decided(f.b, u"P8"_s, CaseKind::Penalty, QDate(2024, 5, 1),
                                 QDate(2024, 6, 3), QDate(2024, 6, 4));
    p8.penalties = {PenaltyCategory::Fine, PenaltyCategory::ConfiscateProperty};
    p8.confiscationFen = 123;
    all << p8;
    // Licences, A. L2: decided Thu 02-01, deadline 02-02, 02-04 (Sun worked), 02-05 … 02-09:
    // due, never published.
    const auto licence = [&](const QString &no, std::optional<LicenceResult> result,
                             const QDate &on, const QDate &published) {
        EnforcementCase c =
            result ? decided(f.a, no, CaseKind::Licence, on.addDays(-10), on, published)
                   : Test::ruleCase(f.a, no, CaseKind::Licence, on);
        c.licenceResult = result;
        all << c;
    };
    licence(u"L1"_s, LicenceResult::Granted, QDate(2024, 2, 1), QDate(2024, 2, 2));
    licence(u"L2"_s, LicenceResult::Refused, QDate(2024, 2, 1), {});
    licence(u"L3"_s, LicenceResult::NotAccepted, QDate(2024, 3, 1), QDate(2024, 3, 1));
    licence(u"L4"_s, LicenceResult::Revoked, QDate(2024, 4, 1), QDate(2024, 4, 2));
    licence(u"L5"_s, std::nullopt, QDate(2024, 6, 1), {});
    // Coercion, B. C1: 查封 + 扣押 + 申请法院; C2: 加处罚款 + 拍卖, decided Thu 08-01, 20 working
    // days → 08-29, published 09-30 (late); C3: 冻结, undecided.
    EnforcementCase c1 = decided(f.b, u"C1"_s, CaseKind::Coercion, QDate(2024, 6, 20),
                                 QDate(2024, 7, 1), QDate(2024, 7, 1));
    c1.coercion = {CoercionKind::Seal, CoercionKind::Seize, CoercionKind::CourtApplication};
    EnforcementCase c2 = decided(f.b, u"C2"_s, CaseKind::Coercion, QDate(2024, 7, 20),
                                 QDate(2024, 8, 1), QDate(2024, 9, 30));
    c2.coercion = {CoercionKind::LatePayment, CoercionKind::Auction};
    EnforcementCase c3 = Test::ruleCase(f.b, u"C3"_s, CaseKind::Coercion, QDate(2024, 10, 10));
    c3.coercion = {CoercionKind::Freeze};
    all << c1 << c2 << c3;
    // Other kinds. I1 A: decided Mon 12-02, 20 working days → 12-30: due, unpublished. I2 A
    // undecided. E1 B: decided 12-10, deadline in 2025: not due. F1 B: confirmation, on time.
    // O1 A: 其他, undecided.
    all << decided(f.a, u"I1"_s, CaseKind::Inspection, QDate(2024, 11, 20), QDate(2024, 12, 2))
        << Test::ruleCase(f.a, u"I2"_s, CaseKind::Inspection, QDate(2024, 3, 3))
        << decided(f.b, u"E1"_s, CaseKind::Expropriation, QDate(2024, 11, 1), QDate(2024, 12, 10))
        << decided(f.b, u"F1"_s, CaseKind::Confirmation, QDate(2024, 5, 1), QDate(2024, 5, 20),
                   QDate(2024, 5, 21))
        << Test::ruleCase(f.a, u"O1"_s, CaseKind::Other, QDate(2024, 8, 8));
    // 2023. Q1 A: 罚款 10000 fen, major reviewed 05-30, decided 06-01, published 06-02.
    // Q2 B: licence granted, decided Thu 2023-12-28, deadline in 2024: not due on 2023-12-31.
    EnforcementCase q1 = decided(f.a, u"Q1"_s, CaseKind::Penalty, QDate(2023, 5, 1),
                                 QDate(2023, 6, 1), QDate(2023, 6, 2));
    q1.penalties = {PenaltyCategory::Fine};
    q1.fineFen = 10000;
    q1.major = true;
    q1.reviews = {reviewRound(1, QDate(2023, 5, 30), ReviewConclusion::Approved)};
    EnforcementCase q2 =
        decided(f.b, u"Q2"_s, CaseKind::Licence, QDate(2023, 12, 1), QDate(2023, 12, 28));
    q2.licenceResult = LicenceResult::Granted;
    // Z1 A: filed 2024-12-15, decided 2025-01-03: a case of 2025, in neither year.
    EnforcementCase z1 =
        decided(f.a, u"Z1"_s, CaseKind::Penalty, QDate(2024, 12, 15), QDate(2025, 1, 3));
    z1.penalties = {PenaltyCategory::Fine};
    z1.fineFen = 777;
    all << q1 << q2 << z1;
    for (const EnforcementCase &c : all)
        f.cases.insert(c.caseNo, Test::saveCase(db, c));
}

// File reviews: R1 P1 final 100 (优秀), R2 P4 final 100 − 15 − 10 = 75 (合格), R3 P2 final with a
// failed veto item = 0 (不合格), R4 L1 draft (not counted); 2023: R5 Q1 final 100.
inline void addReviews(Database &db, const Fixture &f)
{
    ReviewRepository repo(db);
    ReviewActivity activity;
    activity.name = u"2024年度案卷评查"_s;
    activity.year = 2024;
    activity.seed = 1;
    QVERIFY(repo.saveActivity(activity).ok());
    const auto review = [&](const QString &no, const QDate &on, ReviewStatus status,
                            const QList<ItemResult> &results) {
        FileReview r;
        r.activityId = activity.id;
        r.caseId = f.cases.value(no);
        r.reviewedOn = on;
        r.status = status;
        r.results = results;
        const auto saved = repo.saveReview(r);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
    };
    review(u"P1"_s, QDate(2024, 11, 1), ReviewStatus::Final, {});
    review(u"P4"_s, QDate(2024, 11, 2), ReviewStatus::Final,
           {ItemResult{14, false, 15, {}}, ItemResult{15, false, 10, {}}});
    review(u"P2"_s, QDate(2024, 11, 3), ReviewStatus::Final, {ItemResult{1, true, 0, {}}});
    review(u"L1"_s, QDate(2024, 11, 4), ReviewStatus::Draft, {});
    review(u"Q1"_s, QDate(2023, 11, 1), ReviewStatus::Final, {});
}

// Rectification tasks, by plain SQL (TaskRepository is built on another branch).
// S0 started 2023-02-01, S1 2024-03-01. 2024: T1 signed off before its deadline (on time),
// T2 after it (late, not overdue), T3 open and past it (overdue), T4 completed, deadline =
// as-of (not yet overdue), T8 signed off only in 2025 (overdue as of 2024-12-31); T5's
// deadline is in 2025; T6 open-ended, active; T7 open-ended, signed off in 2023 (active in
// 2023 only); T9 undated (counted nowhere); T10 2023, on time.
inline void addTasks(Database &db, const Fixture &f)
{
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"INSERT INTO supervision_activity (id, name, started_on) VALUES"
                   " (1, 'S0', '2023-02-01'), (2, 'S1', '2024-03-01')"_s));
    struct T
    {
        const char *seq;
        int activity;
        const char *deadline;
        bool openEnded;
        const char *status;
        const char *closed;
        qint64 agency;
    };
    const QList<T> tasks = {
        {"T1", 2, "2024-06-30", false, "signed_off", "2024-06-20", f.a},
        {"T2", 2, "2024-06-30", false, "signed_off", "2024-07-15", f.a},
        {"T3", 2, "2024-09-30", false, "in_progress", nullptr, f.a},
        {"T4", 2, "2024-12-31", false, "completed", nullptr, f.a},
        {"T5", 2, "2025-03-31", false, "not_started", nullptr, f.a},
        {"T6", 2, nullptr, true, "in_progress", nullptr, f.a},
        {"T7", 1, nullptr, true, "signed_off", "2023-05-01", f.a},
        {"T8", 2, "2024-05-31", false, "signed_off", "2025-01-10", f.b},
        {"T9", 2, nullptr, false, "not_started", nullptr, f.b},
        {"T10", 1, "2023-10-31", false, "signed_off", "2023-10-30", f.a},
    };
    int position = 0;
    for (const T &t : tasks) {
        q.prepare(u"INSERT INTO rectification_task (activity_id, seq, position, problem,"
                  " deadline_text, deadline_on, open_ended, deadline_understood, status, closed_on,"
                  " lead_agency_id) VALUES (?, ?, ?, '问题', '期限', ?, ?, ?, ?, ?, ?)"_s);
        q.addBindValue(t.activity);
        q.addBindValue(QString::fromLatin1(t.seq));
        q.addBindValue(++position);
        q.addBindValue(t.deadline ? QVariant(QString::fromLatin1(t.deadline)) : QVariant());
        q.addBindValue(t.openEnded ? 1 : 0);
        q.addBindValue(t.deadline || t.openEnded ? 1 : 0);
        q.addBindValue(QString::fromLatin1(t.status));
        q.addBindValue(t.closed ? QVariant(QString::fromLatin1(t.closed)) : QVariant());
        q.addBindValue(t.agency);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
}

} // namespace Jiandu::Test::AnnualFixture
