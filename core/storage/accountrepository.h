#pragma once

#include "security/access.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Jiandu {

class Database;

struct UserAccount
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Security::Role role = Security::Role::Viewer;
    qint64 agencyId = 0; // 0: every agency
    QString agencyName;  // read only (joined)
    bool mustChange = true;
    int failedLogins = 0;
    QDateTime lockedUntil; // invalid: not locked
    bool disabled = false;
    QDateTime createdAt;
    QDateTime passwordSetAt;
    QDateTime lastLoginAt;
};

// The accounts of one database (migration 0008). Writing methods must run inside a
// Transaction; each audits the account's change under table "user_account", key the
// username, without the password hash (the audit shows "password changed" as a field
// `password_set_at`). Core refuses them unless the session may ManageUsers (or, for
// changePassword, the account is the session's own).
class AccountRepository final
{
public:
    explicit AccountRepository(Database &db) : m_db(db) {}

    static constexpr int kDefaultIdleLockMinutes = 15;
    static constexpr int kMaxIdleLockMinutes = 240;

    // Whether accounts are on ('accounts.enabled' = '1').
    [[nodiscard]] Result<bool> accountsEnabled() const;

    // Minutes without input after which the GUI locks its window ('accounts.idle_lock_minutes',
    // default 15; a stored value outside 1–240 reads as the default).
    [[nodiscard]] int idleLockMinutes() const;
    // Sets it (ManageSettings; 1–240, audited as a setting). Must run inside a Transaction or
    // opens its own.
    VoidResult setIdleLockMinutes(int minutes);

    // Turns accounts on with a first administrator (single-user mode only): creates the
    // account (must_change = 0: the administrator chose the password just now) and sets
    // 'accounts.enabled'. Fails, changing nothing, when the password breaks the policy.
    Result<qint64> enableAccounts(const QString &adminUsername, const QString &displayName,
                                  const QString &password);
    // Back to single-user mode (ManageUsers). Accounts are kept, not deleted. The session
    // stays until the caller logs out (Authenticator::logout).
    VoidResult disableAccounts();

    [[nodiscard]] Result<QList<UserAccount>> list() const;
    [[nodiscard]] Result<std::optional<UserAccount>> find(const QString &username) const;
    [[nodiscard]] Result<std::optional<UserAccount>> find(qint64 id) const;

    // A new account with an initial password that must be changed at the first login.
    // Validates: username 2–32 of letters, digits, '.', '_', '-' (or CJK); unique; the
    // password policy; agency exists. Errors name the field (Error::context).
    Result<qint64> create(const UserAccount &account, const QString &initialPassword);
    // Role, display name, agency, disabled. The last enabled administrator cannot be
    // demoted or disabled.
    VoidResult update(const UserAccount &account);
    // An administrator sets a new password for someone else: must_change = 1, unlocks.
    VoidResult resetPassword(qint64 id, const QString &newPassword);
    // The account's own change (after verifying the current password): must_change = 0.
    VoidResult changePassword(qint64 id, const QString &currentPassword,
                              const QString &newPassword);
    // Clears failed logins and the lock (ManageUsers).
    VoidResult unlock(qint64 id);

    // Used by the Authenticator (no ManageUsers needed; audited there as login events):
    [[nodiscard]] Result<QString> passwordHash(qint64 id) const;
    VoidResult recordFailure(qint64 id, int failedLogins, const QDateTime &lockedUntil);
    VoidResult recordSuccess(qint64 id, const QDateTime &at, const QString &rehash = {});

private:
    Database &m_db;
};

} // namespace Jiandu
