#pragma once

// Accounts for the UI tests: turns accounts on in a test database with an administrator and
// adds accounts through the real AccountRepository (as that administrator), then logs out.

#include "security/authenticator.h"
#include "security/session.h"
#include "storage/accountrepository.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QtTest>

#include <memory>

namespace Jiandu::Test {

inline QString adminPassword()
{
    return QStringLiteral("Admin#2025jd");
}
inline QString initialPassword()
{
    return QStringLiteral("Start#2025jd");
}
inline QString ownPassword()
{
    return QStringLiteral("Mine#2025jd!");
}

// Accounts on, with "admin" (系统管理员, no forced change). Leaves nobody logged in.
inline bool enableAccounts(Database &db)
{
    Transaction tx(db);
    auto id = AccountRepository(db).enableAccounts(QStringLiteral("admin"), QStringLiteral("张三"),
                                                   adminPassword());
    if (!id) {
        qWarning() << id.error().toString();
        return false;
    }
    return tx.commit().ok();
}

// A new account with the initial password (must change at the first login). When
// `ready`, logs in once and changes the password to ownPassword(). Leaves nobody logged in.
inline qint64 addAccount(Database &db, const QString &username, Security::Role role,
                         qint64 agencyId = 0, bool ready = true)
{
    Security::Authenticator auth(db);
    if (!auth.login(QStringLiteral("admin"), adminPassword()))
        return 0;
    UserAccount a;
    a.username = username;
    a.displayName = username == u"wangwu" ? QStringLiteral("王五") : username;
    a.role = role;
    a.agencyId = agencyId;
    qint64 id = 0;
    {
        Transaction tx(db);
        auto created = AccountRepository(db).create(a, initialPassword());
        if (!created) {
            qWarning() << created.error().toString();
            auth.logout();
            return 0;
        }
        id = created.value();
        if (!tx.commit())
            id = 0;
    }
    auth.logout();
    if (ready && id) {
        auto in = auth.login(username, initialPassword());
        if (!in || !auth.changePassword(initialPassword(), ownPassword()))
            id = 0;
        auth.logout();
    }
    db.setSession(nullptr);
    return id;
}

// A session of `role` (for tests of what the widgets offer; no account behind it).
inline std::shared_ptr<const Security::Session> sessionOf(Security::Role role, qint64 agencyId = 0,
                                                          const QString &agencyName = {})
{
    auto s = std::make_shared<Security::Session>();
    s->userId = 99;
    s->username = QStringLiteral("wangwu");
    s->displayName = QStringLiteral("王五");
    s->role = role;
    s->agencyId = agencyId;
    s->agencyName = agencyName;
    return s;
}

} // namespace Jiandu::Test
