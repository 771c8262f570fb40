#pragma once

// Helpers of the case-file review tests: cases and activities written through the real
// repositories.

#include "domain/casetypes.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/reviewrepository.h"
#include "storage/transaction.h"

#include <QtTest>

namespace Jiandu::Test {

inline qint64 addCase(Database &db, qint64 agency, const QString &no, const QDate &opened,
                      const QDate &decided = {})
{
    EnforcementCase c;
    c.caseNo = no;
    c.agencyId = agency;
    c.kind = CaseKind::Penalty;
    c.title = QStringLiteral("销售不符合食品安全标准的食品案");
    c.party = QStringLiteral("清河县某某超市");
    c.openedOn = opened;
    c.decidedOn = decided;
    Transaction tx(db);
    auto id = CaseRepository(db).save(c);
    if (!id)
        qFatal("case save failed: %s", qPrintable(id.error().toString()));
    if (!tx.commit())
        qFatal("commit failed");
    return id.value();
}

inline qint64 addActivity(Database &db, ReviewActivity &a)
{
    auto id = ReviewRepository(db).saveActivity(a);
    if (!id)
        qFatal("activity save failed: %s", qPrintable(id.error().toString()));
    return id.value();
}

} // namespace Jiandu::Test
