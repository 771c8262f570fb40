#include "agencyscope.h"

#include "security/session.h"
#include "storage/database.h"

namespace Jiandu::Security {

qint64 scopeAgency(const Database &db)
{
    const auto session = db.session();
    return session && session->agencyLimited() ? session->agencyId : 0;
}

QList<qint64> scopeAgencies(const Database &db, const QList<qint64> &requested)
{
    const qint64 own = scopeAgency(db);
    if (own == 0)
        return requested;
    if (requested.isEmpty() || requested.contains(own))
        return {own};
    return {kNoAgency};
}

std::optional<qint64> scopeAgency(const Database &db, std::optional<qint64> requested)
{
    const qint64 own = scopeAgency(db);
    if (own == 0)
        return requested;
    return !requested || *requested == own ? own : kNoAgency;
}

bool inScope(const Database &db, qint64 agencyId)
{
    const qint64 own = scopeAgency(db);
    return own == 0 || own == agencyId;
}

QString scopeCondition(const Database &db, const QString &column)
{
    const qint64 own = scopeAgency(db);
    return own == 0 ? QString() : QStringLiteral(" AND %1 = %2").arg(column).arg(own);
}

} // namespace Jiandu::Security
