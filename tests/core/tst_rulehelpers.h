#pragma once

// Shared by the tst_rule*.cpp tests: evaluate one rule and add data the fixtures lack.

#include "rules/warning.h"
#include "storage/caserepository.h"
#include "storage/officerrepository.h"
#include "storage/trainingrepository.h"
#include "storage/transaction.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

#include <QtTest>

namespace Jiandu::Test {

inline Rules::RuleContext ruleContext(const QDate &asOf = QDate(2025, 3, 1), int year = 0)
{
    Rules::RuleContext c;
    c.asOf = asOf;
    c.year = year;
    return c;
}

inline QList<Rules::Warning> evaluateRule(Database &db, const QString &id, const Rules::RuleContext &c)
{
    const Rules::Rule *rule = Rules::findRule(id);
    if (!rule)
        qFatal("no rule %s", qPrintable(id));
    auto r = rule->evaluate(db, c);
    if (!r)
        qFatal("rule %s failed: %s", qPrintable(id), qPrintable(r.error().toString()));
    return r.value();
}

// The record ids a rule reports, sorted.
inline QList<qint64> firedIds(Database &db, const QString &id, const Rules::RuleContext &c)
{
    QList<qint64> ids;
    for (const Rules::Warning &w : evaluateRule(db, id, c))
        ids << w.recordId;
    std::sort(ids.begin(), ids.end());
    return ids;
}

inline void addCertificate(Database &db, qint64 officerId, const QString &number, const QDate &issued,
                           const QDate &expires, CertStatus status = CertStatus::Valid)
{
    Transaction tx(db);
    Certificate c;
    c.officerId = officerId;
    c.number = number;
    c.issuedOn = issued;
    c.expiresOn = expires;
    c.status = status;
    if (!OfficerRepository(db).saveCertificate(c) || !tx.commit())
        qFatal("addCertificate failed");
}

// A training entered as a duration only (时长 in minutes, no 学时).
inline void addTrainingMinutes(Database &db, qint64 officerId, const QDate &date, int minutes,
                               TrainingKind kind = TrainingKind::SpecialistLaw)
{
    Transaction tx(db);
    Training t;
    t.officerId = officerId;
    t.date = date;
    t.title = QStringLiteral("网络课程%1").arg(minutes);
    t.kind = kind;
    t.minutes = minutes;
    if (!TrainingRepository(db).saveTraining(t) || !tx.commit())
        qFatal("addTrainingMinutes failed");
}

// A case with what the case rules read; officers named by id with a placeholder 证号.
inline EnforcementCase ruleCase(qint64 agencyId, const QString &caseNo, CaseKind kind,
                                const QDate &opened, const QDate &decided = {},
                                const QList<qint64> &officers = {})
{
    EnforcementCase c;
    c.caseNo = caseNo;
    c.agencyId = agencyId;
    c.kind = kind;
    c.title = QStringLiteral("规则测试案件");
    c.party = QStringLiteral("某某公司");
    c.openedOn = opened;
    c.decidedOn = decided;
    for (const qint64 id : officers)
        c.officers.append({id, QStringLiteral("ZF%1").arg(id)});
    return c;
}

inline qint64 saveCase(Database &db, EnforcementCase c)
{
    Transaction tx(db);
    auto id = CaseRepository(db).save(c);
    if (!id)
        qFatal("saveCase failed: %s", qPrintable(id.error().toString()));
    if (!tx.commit())
        qFatal("saveCase commit failed");
    return id.value();
}

inline LegalReviewRound reviewRound(int round, const QDate &concluded, ReviewConclusion conclusion)
{
    LegalReviewRound r;
    r.round = round;
    r.reviewer = QStringLiteral("法制审核员");
    r.submittedOn = concluded.addDays(-3);
    r.concludedOn = concluded;
    r.conclusion = conclusion;
    return r;
}

} // namespace Jiandu::Test
