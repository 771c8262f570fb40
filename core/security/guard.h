#pragma once

// Core's side of the roles (access.h): checks made before acting, and the backstop that
// refuses, at the one place every audited change passes (AuditChain::Appender::append),
// what the Database's session does not allow. Single-user mode (no session) allows all.

#include "security/access.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace Jiandu {
class Database;
}

namespace Jiandu::Security {

// Nothing when the session (or single-user mode) has `permission`; otherwise an Error with
// Error::Code::Refused and Access::refusal(). For callers that check before acting: exports,
// prints, unmasking, backups, restores, reading the audit trail.
VoidResult requirePermission(const Database &db, Permission permission);

// Showing an identity-card (or phone) number in full: checks UnmaskPersonal, then audits the
// event (action "unmask", `table` and `recordKey` of the record shown, `field` in the
// details) in its own small transaction (or the caller's). Returns the refusal when not
// allowed; nothing is audited then.
VoidResult recordUnmask(Database &db, const QString &table, const QString &recordKey,
                        const QString &field = QStringLiteral("id_number"));

// The backstop: whether the session may write this audited change (see access.h for the
// rules). `action` is the audit action code; `before`/`after` the compact JSON.
VoidResult checkWrite(Database &db, const QString &table, const QString &recordKey,
                      const QString &action, const QByteArray &before, const QByteArray &after);

// While alive on this thread, the session may write its own "user_account" row (an
// account changing its own password) without ManageUsers. Used by AccountRepository::
// changePassword only.
class OwnAccountScope final
{
    Q_DISABLE_COPY_MOVE(OwnAccountScope)

public:
    explicit OwnAccountScope(const Database &db);
    ~OwnAccountScope();

    [[nodiscard]] static bool active(const Database &db);

private:
    const Database *m_previous;
};

} // namespace Jiandu::Security
