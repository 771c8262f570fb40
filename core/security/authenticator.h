#pragma once

#include "security/session.h"
#include "util/result.h"

#include <QString>

#include <memory>

namespace Jiandu {
class Database;
}

namespace Jiandu::Security {

// Logging in, for the GUI's login dialog and the CLI's --user. Every attempt is audited
// (table "database", action login / login_failed, key the username; the password never).
// 5 consecutive failures lock the account for 10 minutes; a locked, disabled or unknown
// account gets the same refusal shape with its own reason.
class Authenticator final
{
public:
    static constexpr int kMaxFailures = 5;
    static constexpr int kLockMinutes = 10;

    explicit Authenticator(Database &db) : m_db(db) {}

    struct Outcome
    {
        std::shared_ptr<const Session> session; // set on success
        bool mustChangePassword = false;        // first login or after a reset: the caller
                                                // must have the user choose a new password
                                                // (changePassword) before anything else
    };

    // On success the Database's session and actor become the account's (Database::
    // setSession). Errors: Error::Code::Invalid for a wrong name or password (one message
    // for both, with the attempts left), Error::Code::Conflict for a locked account (until
    // when) or a disabled one.
    Result<Outcome> login(const QString &username, const QString &password);
    // The forced (or voluntary) change of the logged-in account's password.
    VoidResult changePassword(const QString &currentPassword, const QString &newPassword);
    // Re-checks the logged-in account's password (the idle lock); failures count as above.
    VoidResult unlockScreen(const QString &password);
    // Audits the logout and clears the session.
    void logout();

private:
    Database &m_db;
};

} // namespace Jiandu::Security
