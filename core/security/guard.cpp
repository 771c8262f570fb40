#include "guard.h"

#include "security/session.h"
#include "storage/audittrail.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace Jiandu::Security {

namespace {
thread_local const Database *t_ownAccount = nullptr;

Error refused(const QString &message, const QString &context = {})
{
    return Error{Error::Code::Refused, message, context};
}

bool isChange(const QString &action)
{
    return action == u"insert" || action == u"update" || action == u"delete";
}

bool unitOfAgency(const QJsonValue &unit, qint64 agencyId)
{
    const QJsonValue id = unit.toObject().value(QStringLiteral("agency_id"));
    return id.isDouble() && id.toInteger() == agencyId;
}

bool exists(Database &db, const QString &sql, qint64 a, qint64 b)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    q.addBindValue(a);
    q.addBindValue(b);
    return q.exec() && q.next();
}

// Whether the record in `object` (one side of an audited change) is of the session's agency.
bool ofAgency(Database &db, const Session &session, const QJsonObject &object)
{
    const qint64 own = session.agencyId;
    if (object.contains(QStringLiteral("agency_id"))) {
        const QJsonValue id = object.value(QStringLiteral("agency_id"));
        return id.isDouble() && id.toInteger() == own;
    }
    if (object.contains(QStringLiteral("responsible_units")) ||
        object.contains(QStringLiteral("lead_unit"))) {
        if (unitOfAgency(object.value(QStringLiteral("lead_unit")), own))
            return true;
        const QJsonArray units = object.value(QStringLiteral("responsible_units")).toArray();
        return std::any_of(units.begin(), units.end(),
                           [own](const QJsonValue &u) { return unitOfAgency(u, own); });
    }
    if (const QJsonValue officer = object.value(QStringLiteral("officer_id")); officer.isDouble())
        return exists(db, QStringLiteral("SELECT 1 FROM officer WHERE id = ? AND agency_id = ?"),
                      officer.toInteger(), own);
    if (const QJsonValue task = object.value(QStringLiteral("task_id")); task.isDouble())
        return exists(db,
                      QStringLiteral("SELECT 1 FROM task_unit WHERE task_id = ? AND agency_id = ?"),
                      task.toInteger(), own);
    return false; // the whole office's record
}

VoidResult checkAgency(Database &db, const Session &session, const QString &table,
                       const QByteArray &before, const QByteArray &after)
{
    bool any = false;
    for (const QByteArray *json : {&before, &after}) {
        if (json->isEmpty())
            continue;
        any = true;
        if (!ofAgency(db, session, QJsonDocument::fromJson(*json).object()))
            return refused(Access::agencyRefusal(session), table);
    }
    if (!any)
        return refused(Access::agencyRefusal(session), table);
    return {};
}
} // namespace

VoidResult requirePermission(const Database &db, Permission permission)
{
    const auto session = db.session();
    if (Access::allows(session.get(), permission))
        return {};
    return refused(Access::refusal(*session, permission));
}

VoidResult recordUnmask(Database &db, const QString &table, const QString &recordKey,
                        const QString &field)
{
    if (auto allowed = requirePermission(db, Permission::UnmaskPersonal); !allowed)
        return allowed;
    return AuditTrail(db).recordEvent(AuditEntry::Action::Unmask, recordKey,
                                      QJsonObject{{QStringLiteral("field"), field}}, table);
}

VoidResult checkWrite(Database &db, const QString &table, const QString &recordKey,
                      const QString &action, const QByteArray &before, const QByteArray &after)
{
    const auto session = db.session();
    if (!session || !isChange(action) || table == u"database")
        return {}; // single-user mode; events were checked by their caller
    const Session &s = *session;
    if (table == u"user_account") {
        if (s.allows(Permission::ManageUsers))
            return {};
        if (OwnAccountScope::active(db) && recordKey.compare(s.username, Qt::CaseInsensitive) == 0)
            return {};
        return refused(Access::refusal(s, Permission::ManageUsers), table);
    }
    if (table == u"setting") {
        const Permission needed = Access::settingPermission(recordKey);
        if (!s.allows(needed))
            return refused(Access::refusal(s, needed), recordKey);
        if (needed == Permission::EditData && s.agencyLimited())
            return refused(Access::agencyRefusal(s), recordKey); // office-wide
        return {};
    }
    if (!s.allows(Permission::EditData))
        return refused(Access::refusal(s, Permission::EditData), table);
    if (s.agencyLimited())
        return checkAgency(db, s, table, before, after);
    return {};
}

OwnAccountScope::OwnAccountScope(const Database &db) : m_previous(t_ownAccount)
{
    t_ownAccount = &db;
}

OwnAccountScope::~OwnAccountScope()
{
    t_ownAccount = m_previous;
}

bool OwnAccountScope::active(const Database &db)
{
    return t_ownAccount == &db;
}

} // namespace Jiandu::Security
