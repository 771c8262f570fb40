#include "accountrepository.h"

#include "audittrail.h"
#include "database.h"
#include "reviewrows.h"
#include "security/guard.h"
#include "security/password.h"
#include "security/session.h"
#include "settingsrepository.h"
#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

namespace Jiandu {

using ReviewSql::inTransaction;
using ReviewSql::inTransactionVoid;
using ReviewSql::run;
using Security::Permission;

namespace {
const QString kTable = QStringLiteral("user_account");
const QString kEnabledKey = QStringLiteral("accounts.enabled");
const QString kIdleLockKey = QStringLiteral("accounts.idle_lock_minutes");
const QString kSelect = QStringLiteral(
    "SELECT u.id, u.username, u.display_name, u.role, u.agency_id, a.name, u.must_change, "
    "u.failed_logins, u.locked_until, u.disabled, u.created_at, u.password_set_at, "
    "u.last_login_at FROM user_account u LEFT JOIN agency a ON a.id = u.agency_id ");

QString tr(const char *text)
{
    return QCoreApplication::translate("AccountRepository", text);
}

QString iso(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

QVariant isoOrNull(const QDateTime &at)
{
    return at.isValid() ? QVariant(iso(at)) : QVariant();
}

QDateTime fromIso(const QVariant &v)
{
    if (v.isNull())
        return {};
    // Written with a "Z": read back as UTC.
    return QDateTime::fromString(v.toString(), Qt::ISODate).toUTC();
}

UserAccount readAccount(const QSqlQuery &q)
{
    UserAccount a;
    a.id = q.value(0).toLongLong();
    a.username = q.value(1).toString();
    a.displayName = q.value(2).toString();
    a.role = Security::Access::roleFromCode(q.value(3).toString()).value_or(Security::Role::Viewer);
    a.agencyId = q.value(4).isNull() ? 0 : q.value(4).toLongLong();
    a.agencyName = q.value(5).toString();
    a.mustChange = q.value(6).toInt() != 0;
    a.failedLogins = q.value(7).toInt();
    a.lockedUntil = fromIso(q.value(8));
    a.disabled = q.value(9).toInt() != 0;
    a.createdAt = fromIso(q.value(10));
    a.passwordSetAt = fromIso(q.value(11));
    a.lastLoginAt = fromIso(q.value(12));
    return a;
}

// The audit form of an account: never the password hash.
QJsonObject toJson(const UserAccount &a)
{
    QJsonObject o{{QStringLiteral("username"), a.username},
                  {QStringLiteral("display_name"), a.displayName},
                  {QStringLiteral("role"), Security::Access::roleCode(a.role)},
                  {QStringLiteral("must_change"), a.mustChange},
                  {QStringLiteral("disabled"), a.disabled},
                  {QStringLiteral("failed_logins"), a.failedLogins},
                  {QStringLiteral("locked_until"), iso(a.lockedUntil)},
                  {QStringLiteral("password_set_at"), iso(a.passwordSetAt)}};
    if (a.agencyId != 0)
        o.insert(QStringLiteral("agency_id"), a.agencyId);
    return o;
}

Error invalid(const QString &message, const QString &field)
{
    return Error{Error::Code::Invalid, message, field};
}

VoidResult checkUsername(const QString &username)
{
    const QString field = tr("Username");
    if (username.size() < 2 || username.size() > 32)
        return invalid(tr("A username has 2 to 32 characters."), field);
    for (QChar c : username) {
        if (!c.isLetterOrNumber() && c != u'.' && c != u'_' && c != u'-')
            return invalid(tr("A username has only letters, digits and the characters . _ -"),
                           field);
    }
    return {};
}

VoidResult checkPolicy(const QString &password, const QString &field)
{
    if (const QString problem = Security::Password::policyProblem(password); !problem.isEmpty())
        return invalid(problem, field);
    return {};
}

Error notFound(qint64 id)
{
    return Error{Error::Code::NotFound, tr("The account does not exist."), QString::number(id)};
}
} // namespace

Result<bool> AccountRepository::accountsEnabled() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.addBindValue(kEnabledKey);
    if (!q.exec())
        return sqlError(q, kEnabledKey);
    return q.next() && q.value(0).toString() == u"1";
}

int AccountRepository::idleLockMinutes() const
{
    const int minutes = SettingsRepository(m_db).intValue(kIdleLockKey, kDefaultIdleLockMinutes);
    return minutes >= 1 && minutes <= kMaxIdleLockMinutes ? minutes : kDefaultIdleLockMinutes;
}

VoidResult AccountRepository::setIdleLockMinutes(int minutes)
{
    if (auto r = Security::requirePermission(m_db, Permission::ManageSettings); !r)
        return r;
    if (minutes < 1 || minutes > kMaxIdleLockMinutes)
        return invalid(tr("The idle lock needs 1 to %1 minutes.").arg(kMaxIdleLockMinutes),
                       tr("Idle lock"));
    return inTransactionVoid(m_db, [&] {
        return SettingsRepository(m_db).setValue(kIdleLockKey, QString::number(minutes));
    });
}

Result<QList<UserAccount>> AccountRepository::list() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(kSelect + QStringLiteral("ORDER BY u.username")))
        return sqlError(q, kTable);
    QList<UserAccount> out;
    while (q.next())
        out.append(readAccount(q));
    return out;
}

Result<std::optional<UserAccount>> AccountRepository::find(const QString &username) const
{
    auto q =
        run(m_db, kSelect + QStringLiteral("WHERE u.username = ?"), {username.trimmed()}, kTable);
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<UserAccount>();
    return std::optional<UserAccount>(readAccount(*q));
}

Result<std::optional<UserAccount>> AccountRepository::find(qint64 id) const
{
    auto q = run(m_db, kSelect + QStringLiteral("WHERE u.id = ?"), {id}, kTable);
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<UserAccount>();
    return std::optional<UserAccount>(readAccount(*q));
}

namespace {
// Validation shared by enableAccounts() and create(): username (unique), agency.
VoidResult checkNew(Database &db, const UserAccount &account)
{
    if (auto r = checkUsername(account.username); !r)
        return r;
    auto q = run(db, QStringLiteral("SELECT 1 FROM user_account WHERE username = ?"),
                 {account.username}, kTable);
    if (!q)
        return q.error();
    if (q->next())
        return Error{Error::Code::Conflict,
                     tr("Another account already has this username (upper and lower case "
                        "count as the same)."),
                     tr("Username")};
    if (account.agencyId != 0) {
        auto a = run(db, QStringLiteral("SELECT 1 FROM agency WHERE id = ?"), {account.agencyId},
                     QStringLiteral("agency"));
        if (!a)
            return a.error();
        if (!a->next())
            return invalid(tr("The agency does not exist."), tr("Agency"));
    }
    return {};
}

Result<qint64> insertAccount(Database &db, UserAccount a, const QString &password)
{
    auto hashed = Security::Password::hash(password);
    if (!hashed)
        return hashed.error();
    const QDateTime now = db.clock().now().toUTC();
    a.createdAt = now;
    a.passwordSetAt = now;
    auto q =
        run(db,
            QStringLiteral("INSERT INTO user_account (username, display_name, role, "
                           "agency_id, password_hash, must_change, disabled, created_at, "
                           "password_set_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {a.username, Sql::text(a.displayName.trimmed()), Security::Access::roleCode(a.role),
             a.agencyId != 0 ? QVariant(a.agencyId) : QVariant(), hashed.value(),
             a.mustChange ? 1 : 0, a.disabled ? 1 : 0, iso(now), iso(now)},
            kTable);
    if (!q)
        return q.error();
    a.id = q->lastInsertId().toLongLong();
    a.displayName = a.displayName.trimmed();
    if (auto r =
            AuditTrail(db).record(kTable, a.username, AuditEntry::Action::Insert, {}, toJson(a));
        !r)
        return r.error();
    return a.id;
}
} // namespace

Result<qint64> AccountRepository::enableAccounts(const QString &adminUsername,
                                                 const QString &displayName,
                                                 const QString &password)
{
    auto enabled = accountsEnabled();
    if (!enabled)
        return enabled.error();
    if (enabled.value())
        return Error{Error::Code::Conflict, tr("Accounts are already on for this database."),
                     kEnabledKey};
    UserAccount admin;
    admin.username = adminUsername.trimmed();
    admin.displayName = displayName;
    admin.role = Security::Role::Admin;
    admin.mustChange = false; // chosen just now by the administrator
    if (auto r = checkUsername(admin.username); !r)
        return r.error();
    if (auto r = checkPolicy(password, tr("Password")); !r)
        return r.error();
    return inTransaction<qint64>(m_db, [&]() -> Result<qint64> {
        if (auto r = checkNew(m_db, admin); !r)
            return r.error();
        auto id = insertAccount(m_db, admin, password);
        if (!id)
            return id;
        if (auto r = SettingsRepository(m_db).setValue(kEnabledKey, QStringLiteral("1")); !r)
            return r.error();
        return id;
    });
}

VoidResult AccountRepository::disableAccounts()
{
    if (auto r = Security::requirePermission(m_db, Permission::ManageUsers); !r)
        return r;
    return inTransactionVoid(
        m_db, [&] { return SettingsRepository(m_db).setValue(kEnabledKey, QStringLiteral("0")); });
}

Result<qint64> AccountRepository::create(const UserAccount &account, const QString &initialPassword)
{
    if (auto r = Security::requirePermission(m_db, Permission::ManageUsers); !r)
        return r.error();
    UserAccount a = account;
    a.username = a.username.trimmed();
    a.mustChange = true;
    if (auto r = checkUsername(a.username); !r)
        return r.error();
    if (auto r = checkPolicy(initialPassword, tr("Initial password")); !r)
        return r.error();
    return inTransaction<qint64>(m_db, [&]() -> Result<qint64> {
        if (auto r = checkNew(m_db, a); !r)
            return r.error();
        return insertAccount(m_db, a, initialPassword);
    });
}

namespace {
// The enabled administrators other than `id`.
Result<int> otherAdmins(Database &db, qint64 id)
{
    auto q = run(db,
                 QStringLiteral("SELECT count(*) FROM user_account WHERE role = 'admin' AND "
                                "disabled = 0 AND id <> ?"),
                 {id}, kTable);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}
} // namespace

VoidResult AccountRepository::update(const UserAccount &account)
{
    if (auto r = Security::requirePermission(m_db, Permission::ManageUsers); !r)
        return r;
    return inTransactionVoid(m_db, [&]() -> VoidResult {
        auto found = find(account.id);
        if (!found)
            return found.error();
        if (!found.value())
            return notFound(account.id);
        const UserAccount before = *found.value();
        UserAccount after = before;
        after.displayName = account.displayName.trimmed();
        after.role = account.role;
        after.agencyId = account.agencyId;
        after.disabled = account.disabled;
        const bool stopsAdmin = before.role == Security::Role::Admin && !before.disabled &&
                                (after.role != Security::Role::Admin || after.disabled);
        if (stopsAdmin) {
            auto others = otherAdmins(m_db, before.id);
            if (!others)
                return others.error();
            if (others.value() == 0)
                return Error{Error::Code::Conflict,
                             tr("The last administrator cannot be demoted or disabled: make "
                                "another account administrator first."),
                             before.username};
        }
        if (after.agencyId != before.agencyId && after.agencyId != 0) {
            auto a = run(m_db, QStringLiteral("SELECT 1 FROM agency WHERE id = ?"),
                         {after.agencyId}, QStringLiteral("agency"));
            if (!a)
                return a.error();
            if (!a->next())
                return invalid(tr("The agency does not exist."), tr("Agency"));
        }
        auto q = run(m_db,
                     QStringLiteral("UPDATE user_account SET display_name = ?, role = ?, "
                                    "agency_id = ?, disabled = ? WHERE id = ?"),
                     {Sql::text(after.displayName), Security::Access::roleCode(after.role),
                      after.agencyId != 0 ? QVariant(after.agencyId) : QVariant(),
                      after.disabled ? 1 : 0, after.id},
                     kTable);
        if (!q)
            return q.error();
        return AuditTrail(m_db).recordChange(kTable, before.username, toJson(before),
                                             toJson(after));
    });
}

namespace {
// Sets a new password (already checked against the policy) and audits the change.
VoidResult setPassword(Database &db, const UserAccount &before, const QString &password,
                       bool mustChange)
{
    auto hashed = Security::Password::hash(password);
    if (!hashed)
        return hashed.error();
    UserAccount after = before;
    after.passwordSetAt = db.clock().now().toUTC();
    after.mustChange = mustChange;
    after.failedLogins = 0;
    after.lockedUntil = {};
    auto q = run(db,
                 QStringLiteral("UPDATE user_account SET password_hash = ?, must_change = ?, "
                                "failed_logins = 0, locked_until = NULL, password_set_at = ? "
                                "WHERE id = ?"),
                 {hashed.value(), mustChange ? 1 : 0, iso(after.passwordSetAt), before.id}, kTable);
    if (!q)
        return q.error();
    return AuditTrail(db).record(kTable, before.username, AuditEntry::Action::Update,
                                 toJson(before), toJson(after));
}
} // namespace

VoidResult AccountRepository::resetPassword(qint64 id, const QString &newPassword)
{
    if (auto r = Security::requirePermission(m_db, Permission::ManageUsers); !r)
        return r;
    if (auto r = checkPolicy(newPassword, tr("New password")); !r)
        return r;
    return inTransactionVoid(m_db, [&]() -> VoidResult {
        auto found = find(id);
        if (!found)
            return found.error();
        if (!found.value())
            return notFound(id);
        return setPassword(m_db, *found.value(), newPassword, true);
    });
}

VoidResult AccountRepository::changePassword(qint64 id, const QString &currentPassword,
                                             const QString &newPassword)
{
    const auto session = m_db.session();
    if (session && session->userId != id && !session->allows(Permission::ManageUsers))
        return Error{Error::Code::Refused,
                     Security::Access::refusal(*session, Permission::ManageUsers), kTable};
    auto hash = passwordHash(id);
    if (!hash)
        return hash.error();
    if (!Security::Password::verify(hash.value(), currentPassword))
        return invalid(tr("The current password is wrong."), tr("Current password"));
    if (auto r = checkPolicy(newPassword, tr("New password")); !r)
        return r;
    if (newPassword == currentPassword)
        return invalid(tr("The new password must differ from the current one."),
                       tr("New password"));
    const Security::OwnAccountScope own(m_db);
    return inTransactionVoid(m_db, [&]() -> VoidResult {
        auto found = find(id);
        if (!found)
            return found.error();
        if (!found.value())
            return notFound(id);
        return setPassword(m_db, *found.value(), newPassword, false);
    });
}

VoidResult AccountRepository::unlock(qint64 id)
{
    if (auto r = Security::requirePermission(m_db, Permission::ManageUsers); !r)
        return r;
    return inTransactionVoid(m_db, [&]() -> VoidResult {
        auto found = find(id);
        if (!found)
            return found.error();
        if (!found.value())
            return notFound(id);
        const UserAccount before = *found.value();
        UserAccount after = before;
        after.failedLogins = 0;
        after.lockedUntil = {};
        auto q = run(m_db,
                     QStringLiteral("UPDATE user_account SET failed_logins = 0, "
                                    "locked_until = NULL WHERE id = ?"),
                     {id}, kTable);
        if (!q)
            return q.error();
        return AuditTrail(m_db).recordChange(kTable, before.username, toJson(before),
                                             toJson(after));
    });
}

Result<QString> AccountRepository::passwordHash(qint64 id) const
{
    auto q = run(m_db, QStringLiteral("SELECT password_hash FROM user_account WHERE id = ?"), {id},
                 kTable);
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(id);
    return q->value(0).toString();
}

VoidResult AccountRepository::recordFailure(qint64 id, int failedLogins,
                                            const QDateTime &lockedUntil)
{
    auto q = run(m_db,
                 QStringLiteral("UPDATE user_account SET failed_logins = ?, locked_until = ? "
                                "WHERE id = ?"),
                 {failedLogins, isoOrNull(lockedUntil), id}, kTable);
    return q ? VoidResult() : VoidResult(q.error());
}

VoidResult AccountRepository::recordSuccess(qint64 id, const QDateTime &at, const QString &rehash)
{
    // A new hash only for the account that has just proven its password (the Authenticator
    // sets the session first), never for someone else's.
    const auto session = m_db.session();
    if (!rehash.isEmpty() && session && session->userId != id)
        return Error{Error::Code::Refused,
                     Security::Access::refusal(*session, Permission::ManageUsers), kTable};
    auto q = run(m_db,
                 QStringLiteral("UPDATE user_account SET failed_logins = 0, locked_until = NULL, "
                                "last_login_at = ?, password_hash = COALESCE(?, password_hash) "
                                "WHERE id = ?"),
                 {iso(at), rehash.isEmpty() ? QVariant() : QVariant(rehash), id}, kTable);
    return q ? VoidResult() : VoidResult(q.error());
}

} // namespace Jiandu
