#pragma once

#include "security/access.h"

#include <QDateTime>
#include <QString>

namespace Jiandu::Security {

// Who is logged in (accounts mode only). Held by the Database (Database::session()) so that
// core can refuse what the role does not allow, and by the GUI's AppContext.
struct Session
{
    qint64 userId = 0;
    QString username;    // the login name; recorded as the audit actor
    QString displayName; // 姓名, for the status bar
    Role role = Role::Viewer;
    qint64 agencyId = 0; // 0: every agency; otherwise the only agency this account sees
    QString agencyName;
    QDateTime loginAt;   // UTC

    [[nodiscard]] bool agencyLimited() const { return agencyId != 0; }
    [[nodiscard]] bool allows(Permission p) const { return Access::roleAllows(role, p); }
};

} // namespace Jiandu::Security
