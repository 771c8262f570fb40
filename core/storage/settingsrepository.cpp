#include "settingsrepository.h"

#include "audittrail.h"
#include "database.h"

#include <QSqlQuery>

namespace Jiandu {

QString SettingsRepository::value(const QString &key, const QString &fallback) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

int SettingsRepository::intValue(const QString &key, int fallback) const
{
    bool ok = false;
    const int v = value(key).toInt(&ok);
    return ok ? v : fallback;
}

double SettingsRepository::doubleValue(const QString &key, double fallback) const
{
    bool ok = false;
    const double v = value(key).toDouble(&ok);
    return ok ? v : fallback;
}

VoidResult SettingsRepository::setValue(const QString &key, const QString &newValue)
{
    QSqlQuery f(m_db.connection());
    f.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    f.addBindValue(key);
    if (!f.exec())
        return sqlError(f, key);
    const bool existed = f.next();
    const QString old = existed ? f.value(0).toString() : QString();
    if (existed && old == newValue)
        return {};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(newValue);
    if (!q.exec())
        return sqlError(q, key);
    const QJsonObject after{{QStringLiteral("value"), newValue}};
    AuditTrail audit(m_db);
    return existed ? audit.record(QStringLiteral("setting"), key, AuditEntry::Action::Update,
                                  {{QStringLiteral("value"), old}}, after)
                   : audit.record(QStringLiteral("setting"), key, AuditEntry::Action::Insert, {}, after);
}

} // namespace Jiandu
