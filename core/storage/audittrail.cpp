#include "audittrail.h"

#include "auditchain.h"
#include "database.h"
#include "transaction.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace Jiandu {

namespace {
QByteArray toJson(const QJsonObject &object)
{
    return object.isEmpty() ? QByteArray() : QJsonDocument(object).toJson(QJsonDocument::Compact);
}

AuditEntry::Action actionFromCode(const QString &code)
{
    if (code == u"update")
        return AuditEntry::Action::Update;
    if (code == u"delete")
        return AuditEntry::Action::Delete;
    if (code == u"backup")
        return AuditEntry::Action::Backup;
    if (code == u"restore")
        return AuditEntry::Action::Restore;
    if (code == u"login")
        return AuditEntry::Action::Login;
    if (code == u"login_failed")
        return AuditEntry::Action::LoginFailed;
    if (code == u"logout")
        return AuditEntry::Action::Logout;
    if (code == u"export")
        return AuditEntry::Action::Export;
    if (code == u"print")
        return AuditEntry::Action::Print;
    if (code == u"unmask")
        return AuditEntry::Action::Unmask;
    return AuditEntry::Action::Insert;
}

} // namespace

// Shared with auditsearch.cpp: a row of `kAuditColumns`.
AuditEntry auditEntryFromQuery(const QSqlQuery &q);
extern const QString kAuditColumns;

AuditEntry auditEntryFromQuery(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.actor = q.value(2).toString();
    e.table = q.value(3).toString();
    e.recordKey = q.value(4).toString();
    e.action = actionFromCode(q.value(5).toString());
    e.before = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    e.after = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    return e;
}

const QString kAuditColumns =
    QStringLiteral("id, at, actor, table_name, record_key, action, before, after");

namespace {
const QString &kColumns = kAuditColumns;
AuditEntry readEntry(const QSqlQuery &q)
{
    return auditEntryFromQuery(q);
}
} // namespace

QString AuditTrail::actionCode(AuditEntry::Action action)
{
    switch (action) {
    case AuditEntry::Action::Insert:
        return QStringLiteral("insert");
    case AuditEntry::Action::Update:
        return QStringLiteral("update");
    case AuditEntry::Action::Delete:
        return QStringLiteral("delete");
    case AuditEntry::Action::Backup:
        return QStringLiteral("backup");
    case AuditEntry::Action::Restore:
        return QStringLiteral("restore");
    case AuditEntry::Action::Login:
        return QStringLiteral("login");
    case AuditEntry::Action::LoginFailed:
        return QStringLiteral("login_failed");
    case AuditEntry::Action::Logout:
        return QStringLiteral("logout");
    case AuditEntry::Action::Export:
        return QStringLiteral("export");
    case AuditEntry::Action::Print:
        return QStringLiteral("print");
    case AuditEntry::Action::Unmask:
        return QStringLiteral("unmask");
    }
    return {};
}

VoidResult AuditTrail::recordEvent(AuditEntry::Action action, const QString &recordKey,
                                   const QJsonObject &details, const QString &table)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    AuditChain::Appender appender(m_db);
    if (auto appended = appender.append(table, recordKey, actionCode(action), QByteArray(),
                                        toJson(details));
        !appended)
        return appended;
    return tx.commit();
}

VoidResult AuditTrail::recordOutput(AuditEntry::Action action, const QString &recordKey,
                                    const QJsonObject &details)
{
    if (m_db.isReadOnly())
        return {};
    return recordEvent(action, recordKey, details);
}

VoidResult AuditTrail::record(const QString &table, const QString &recordKey,
                              AuditEntry::Action action, const QJsonObject &before,
                              const QJsonObject &after)
{
    AuditChain::Appender appender(m_db);
    return appender.append(table, recordKey, actionCode(action),
                           action == AuditEntry::Action::Insert ? QByteArray() : toJson(before),
                           action == AuditEntry::Action::Delete ? QByteArray() : toJson(after));
}

VoidResult AuditTrail::recordChange(const QString &table, const QString &recordKey,
                                    const QJsonObject &before, const QJsonObject &after)
{
    if (before == after)
        return {};
    return record(table, recordKey, AuditEntry::Action::Update, before, after);
}

Result<QList<AuditEntry>> AuditTrail::history(const QString &table, const QString &recordKey) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT ") + kColumns +
        QStringLiteral(" FROM audit_log WHERE table_name = ? AND record_key = ? ORDER BY id"));
    q.addBindValue(table);
    q.addBindValue(recordKey);
    if (!q.exec())
        return sqlError(q, QStringLiteral("audit_log"));
    QList<AuditEntry> out;
    while (q.next())
        out.append(readEntry(q));
    return out;
}

Result<QList<AuditEntry>> AuditTrail::recent(int limit, qint64 beforeId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(" FROM audit_log WHERE (? = 0 OR id < ?) ORDER BY id DESC LIMIT ?"));
    q.addBindValue(beforeId);
    q.addBindValue(beforeId);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q, QStringLiteral("audit_log"));
    QList<AuditEntry> out;
    while (q.next())
        out.append(readEntry(q));
    return out;
}

Result<qint64> AuditTrail::count() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) || !q.next())
        return sqlError(q, QStringLiteral("audit_log"));
    return q.value(0).toLongLong();
}

} // namespace Jiandu
