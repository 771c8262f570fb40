#include "authenticator.h"

#include "security/password.h"
#include "storage/accountrepository.h"
#include "storage/audittrail.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Jiandu::Security {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Authenticator", text);
}

QString when(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

Error lockedError(const UserAccount &account, const QDateTime &until)
{
    return Error{Error::Code::Conflict,
                 tr("The account is locked after %1 failed logins until %2; try again then or "
                    "ask an administrator to unlock it.")
                     .arg(Authenticator::kMaxFailures)
                     .arg(when(until)),
                 account.username};
}

Error wrongPassword(const QString &username, int attemptsLeft)
{
    QString message = tr("Wrong username or password.");
    if (attemptsLeft > 0)
        message +=
            QLatin1Char(' ') + tr("%1 more failed attempt(s) lock the account for %2 minutes.")
                                   .arg(attemptsLeft)
                                   .arg(Authenticator::kLockMinutes);
    return Error{Error::Code::Invalid, message, username};
}

// An unknown name costs the same time as a wrong password: a hash is checked either way.
void verifyDummy(const QString &password)
{
    static const QString dummy = Password::hash(QStringLiteral("Jiandu-dummy-1")).valueOr({});
    (void)Password::verify(dummy, password);
}

bool lockedAt(const UserAccount &account, const QDateTime &now)
{
    return account.lockedUntil.isValid() && now < account.lockedUntil;
}

// Audits a login event and writes the account's bookkeeping in one transaction.
template <typename Write>
VoidResult audited(Database &db, AuditEntry::Action action, const QString &username,
                   const QString &reason, Write write)
{
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    if (VoidResult r = write(); !r)
        return r;
    QJsonObject details;
    if (!reason.isEmpty())
        details.insert(QStringLiteral("reason"), reason);
    if (VoidResult r = AuditTrail(db).recordEvent(action, username, details); !r)
        return r;
    return tx.commit();
}

// Counts a failed password; locks the account at the fifth. Returns the error to show.
Error countFailure(Database &db, const UserAccount &account, const QDateTime &now)
{
    // A lock that has run out starts the count again.
    const int before = account.lockedUntil.isValid() ? 0 : account.failedLogins;
    const int failures = before + 1;
    const bool lock = failures >= Authenticator::kMaxFailures;
    const QDateTime until =
        lock ? now.addSecs(qint64(Authenticator::kLockMinutes) * 60) : QDateTime();
    AccountRepository accounts(db);
    if (VoidResult r = audited(db, AuditEntry::Action::LoginFailed, account.username,
                               lock ? QStringLiteral("locked") : QStringLiteral("password"),
                               [&] { return accounts.recordFailure(account.id, failures, until); });
        !r)
        return r.error();
    return lock ? lockedError(account, until)
                : wrongPassword(account.username, Authenticator::kMaxFailures - failures);
}
} // namespace

Result<Authenticator::Outcome> Authenticator::login(const QString &username,
                                                    const QString &password)
{
    AccountRepository accounts(m_db);
    auto enabled = accounts.accountsEnabled();
    if (!enabled)
        return enabled.error();
    if (!enabled.value())
        return Error{Error::Code::Usage,
                     tr("Accounts are off for this database: no login is needed."), m_db.path()};
    const QString name = username.trimmed();
    auto found = accounts.find(name);
    if (!found)
        return found.error();
    const QDateTime now = m_db.clock().now().toUTC();
    if (!found.value()) {
        verifyDummy(password);
        if (VoidResult r = audited(m_db, AuditEntry::Action::LoginFailed, name,
                                   QStringLiteral("unknown"), [] { return VoidResult(); });
            !r)
            return r.error();
        return wrongPassword(name, 0);
    }
    const UserAccount account = *found.value();
    if (lockedAt(account, now)) {
        if (VoidResult r = audited(m_db, AuditEntry::Action::LoginFailed, account.username,
                                   QStringLiteral("locked"), [] { return VoidResult(); });
            !r)
            return r.error();
        return lockedError(account, account.lockedUntil);
    }
    auto hash = accounts.passwordHash(account.id);
    if (!hash)
        return hash.error();
    if (!Password::verify(hash.value(), password))
        return countFailure(m_db, account, now);
    if (account.disabled) {
        if (VoidResult r = audited(m_db, AuditEntry::Action::LoginFailed, account.username,
                                   QStringLiteral("disabled"), [] { return VoidResult(); });
            !r)
            return r.error();
        return Error{Error::Code::Conflict, tr("The account is disabled; ask an administrator."),
                     account.username};
    }
    QString rehash;
    if (Password::needsRehash(hash.value())) {
        auto again = Password::hash(password);
        if (again)
            rehash = again.value();
    }
    auto session = std::make_shared<Session>();
    session->userId = account.id;
    session->username = account.username;
    session->displayName = account.displayName;
    session->role = account.role;
    session->agencyId = account.agencyId;
    session->agencyName = account.agencyName;
    session->loginAt = now;
    m_db.setSession(session); // the login is recorded with the account as its actor
    if (VoidResult r = audited(m_db, AuditEntry::Action::Login, account.username, {},
                               [&] { return accounts.recordSuccess(account.id, now, rehash); });
        !r) {
        m_db.setSession(nullptr);
        return r.error();
    }
    return Outcome{session, account.mustChange};
}

VoidResult Authenticator::changePassword(const QString &currentPassword, const QString &newPassword)
{
    const auto session = m_db.session();
    if (!session)
        return Error{Error::Code::Usage, tr("Nobody is logged in."), {}};
    return AccountRepository(m_db).changePassword(session->userId, currentPassword, newPassword);
}

VoidResult Authenticator::unlockScreen(const QString &password)
{
    const auto session = m_db.session();
    if (!session)
        return Error{Error::Code::Usage, tr("Nobody is logged in."), {}};
    AccountRepository accounts(m_db);
    auto found = accounts.find(session->userId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{Error::Code::NotFound, tr("The account no longer exists."), session->username};
    const UserAccount account = *found.value();
    const QDateTime now = m_db.clock().now().toUTC();
    if (lockedAt(account, now))
        return lockedError(account, account.lockedUntil);
    auto hash = accounts.passwordHash(account.id);
    if (!hash)
        return hash.error();
    if (!Password::verify(hash.value(), password))
        return countFailure(m_db, account, now);
    if (account.disabled)
        return Error{Error::Code::Conflict, tr("The account is disabled; ask an administrator."),
                     account.username};
    return audited(m_db, AuditEntry::Action::Login, account.username,
                   QStringLiteral("unlock_screen"),
                   [&] { return accounts.recordSuccess(account.id, now); });
}

void Authenticator::logout()
{
    const auto session = m_db.session();
    if (!session)
        return;
    // Best effort: a read-only or locked file still lets the user leave.
    (void)AuditTrail(m_db).recordEvent(AuditEntry::Action::Logout, session->username);
    m_db.setSession(nullptr);
}

} // namespace Jiandu::Security
