// Authenticator: logging in, wrong passwords, the 10-minute lock after 5 failures, disabled
// accounts, the forced first change, and the audit records of it all.

#include "security/authenticator.h"
#include "security/password.h"
#include "security/session.h"
#include "storage/accountrepository.h"
#include "storage/audittrail.h"
#include "support/testdatabase.h"

#include <QSqlQuery>
#include <QtTest>

#include <sodium.h>

using namespace Jiandu;
using Security::Authenticator;
using Security::Role;

namespace {

// The error of a failed result, for test messages (empty when it succeeded).
template <typename R> QString why(const R &r)
{
    return r.ok() ? QString() : r.error().toString();
}
const QString kAdminPassword = QStringLiteral("Admin-Pass1");
const QString kInitial = QStringLiteral("Initial-Pass1");

// The audit actions of table "database" for `key`, oldest first.
QStringList events(Database &db, const QString &key)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT action FROM audit_log WHERE table_name = 'database' AND "
                             "record_key = ? ORDER BY id"));
    q.addBindValue(key);
    q.exec();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// Accounts on (admin), plus the staff account "li" with its initial password; logged out.
qint64 setUp(Test::TestDatabase &t)
{
    AccountRepository repo(t.db());
    if (!repo.enableAccounts(QStringLiteral("admin"), QStringLiteral("管理员"), kAdminPassword))
        qFatal("enableAccounts");
    Authenticator auth(t.db());
    if (!auth.login(QStringLiteral("admin"), kAdminPassword))
        qFatal("admin login");
    UserAccount li;
    li.username = QStringLiteral("li");
    li.displayName = QStringLiteral("李四");
    li.role = Role::Staff;
    auto id = repo.create(li, kInitial);
    if (!id)
        qFatal("create: %s", qPrintable(why(id)));
    auth.logout();
    return id.value();
}
} // namespace

class TestAuthenticator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loginSetsTheSessionAndTheActor()
    {
        Test::TestDatabase t;
        setUp(t);
        QVERIFY(!t->session());
        QCOMPARE(t->actor(), Database::osUser());
        Authenticator auth(t.db());
        auto in = auth.login(QStringLiteral("LI"), kInitial); // the name is case-insensitive
        QVERIFY2(in.ok(), qPrintable(why(in)));
        QVERIFY(in->session);
        QCOMPARE(in->session->username, QStringLiteral("li"));
        QCOMPARE(in->session->role, Role::Staff);
        QCOMPARE(in->session->loginAt, t.clock().now());
        QCOMPARE(in->mustChangePassword, true); // first login
        QCOMPARE(t->session().get(), in->session.get());
        QCOMPARE(t->actor(), QStringLiteral("li"));
        QCOMPARE(AccountRepository(t.db()).find(QStringLiteral("li")).value()->lastLoginAt,
                 t.clock().now());

        // The login event is recorded with the account as its actor.
        const auto recent = AuditTrail(t.db()).recent(1).value();
        QCOMPARE(recent.first().action, AuditEntry::Action::Login);
        QCOMPARE(recent.first().actor, QStringLiteral("li"));
        QCOMPARE(recent.first().recordKey, QStringLiteral("li"));

        auth.logout();
        QVERIFY(!t->session());
        QCOMPARE(t->actor(), Database::osUser());
        QCOMPARE(events(t.db(), QStringLiteral("li")),
                 (QStringList{QStringLiteral("login"), QStringLiteral("logout")}));
        QCOMPARE(AuditTrail(t.db()).recent(1).value().first().actor, QStringLiteral("li"));
    }

    void wrongPasswordSaysHowManyAttemptsAreLeft()
    {
        Test::TestDatabase t;
        setUp(t);
        Authenticator auth(t.db());
        auto r = auth.login(QStringLiteral("li"), QStringLiteral("Wrong-Pass1"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Invalid);
        QVERIFY2(r.error().message.contains(QStringLiteral("4 more failed attempt")),
                 qPrintable(r.error().message));
        QVERIFY(!t->session());
        QCOMPARE(AccountRepository(t.db()).find(QStringLiteral("li")).value()->failedLogins, 1);
        // An unknown name gets the same sentence.
        auto unknown = auth.login(QStringLiteral("nobody"), kInitial);
        QCOMPARE(unknown.error().code, Error::Code::Invalid);
        QVERIFY(unknown.error().message.startsWith(QStringLiteral("Wrong username or password.")));
        QCOMPARE(events(t.db(), QStringLiteral("nobody")),
                 QStringList{QStringLiteral("login_failed")});
        // A success clears the count.
        QVERIFY(auth.login(QStringLiteral("li"), kInitial).ok());
        QCOMPARE(AccountRepository(t.db()).find(QStringLiteral("li")).value()->failedLogins, 0);
        // No password is ever written into the audit trail.
        QSqlQuery q(t->connection());
        q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE coalesce(after, '') LIKE "
                              "'%Wrong-Pass1%' OR coalesce(after, '') LIKE '%Initial-Pass1%' "
                              "OR coalesce(after, '') LIKE '%argon2%'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void fiveFailuresLockForTenMinutes()
    {
        Test::TestDatabase t;
        setUp(t);
        Authenticator auth(t.db());
        const QDateTime start = t.clock().now();
        for (int i = 1; i <= 4; ++i)
            QCOMPARE(auth.login(QStringLiteral("li"), QStringLiteral("Wrong-Pass1")).error().code,
                     Error::Code::Invalid);
        auto fifth = auth.login(QStringLiteral("li"), QStringLiteral("Wrong-Pass1"));
        QVERIFY(!fifth.ok());
        QCOMPARE(fifth.error().code, Error::Code::Conflict);
        QVERIFY2(fifth.error().message.contains(QStringLiteral("locked")),
                 qPrintable(fifth.error().message));
        QVERIFY2(
            fifth.error().message.contains(start.addSecs(600).toString(QStringLiteral("HH:mm"))),
            qPrintable(fifth.error().message));
        QCOMPARE(AccountRepository(t.db()).find(QStringLiteral("li")).value()->lockedUntil,
                 start.addSecs(600));

        // Still locked at 9:59, even with the right password.
        t.clock().set(start.addSecs(9 * 60 + 59));
        auto locked = auth.login(QStringLiteral("li"), kInitial);
        QCOMPARE(locked.error().code, Error::Code::Conflict);
        QVERIFY(!t->session());
        // Open at 10:00.
        t.clock().set(start.addSecs(10 * 60));
        auto open = auth.login(QStringLiteral("li"), kInitial);
        QVERIFY2(open.ok(), qPrintable(why(open)));
        const UserAccount li = *AccountRepository(t.db()).find(QStringLiteral("li")).value();
        QCOMPARE(li.failedLogins, 0);
        QVERIFY(!li.lockedUntil.isValid());
        const QStringList expected{QStringLiteral("login_failed"), QStringLiteral("login_failed"),
                                   QStringLiteral("login_failed"), QStringLiteral("login_failed"),
                                   QStringLiteral("login_failed"), QStringLiteral("login_failed"),
                                   QStringLiteral("login")};
        QCOMPARE(events(t.db(), QStringLiteral("li")), expected);
    }

    void anExpiredLockStartsTheCountAgain()
    {
        Test::TestDatabase t;
        setUp(t);
        Authenticator auth(t.db());
        for (int i = 0; i < 5; ++i)
            (void)auth.login(QStringLiteral("li"), QStringLiteral("Wrong-Pass1"));
        t.clock().set(t.clock().now().addSecs(11 * 60));
        auto r = auth.login(QStringLiteral("li"), QStringLiteral("Wrong-Pass1"));
        QCOMPARE(r.error().code, Error::Code::Invalid); // not locked again at once
        QVERIFY(r.error().message.contains(QStringLiteral("4 more failed attempt")));
    }

    void anAdministratorUnlocks()
    {
        Test::TestDatabase t;
        setUp(t);
        Authenticator auth(t.db());
        for (int i = 0; i < 5; ++i)
            (void)auth.login(QStringLiteral("li"), QStringLiteral("Wrong-Pass1"));
        QVERIFY(auth.login(QStringLiteral("admin"), kAdminPassword).ok());
        AccountRepository repo(t.db());
        QVERIFY(repo.unlock(repo.find(QStringLiteral("li")).value()->id).ok());
        auth.logout();
        QVERIFY(auth.login(QStringLiteral("li"), kInitial).ok());
    }

    void disabledAccountsCannotLogIn()
    {
        Test::TestDatabase t;
        setUp(t);
        Authenticator auth(t.db());
        QVERIFY(auth.login(QStringLiteral("admin"), kAdminPassword).ok());
        AccountRepository repo(t.db());
        UserAccount li = *repo.find(QStringLiteral("li")).value();
        li.disabled = true;
        QVERIFY(repo.update(li).ok());
        auth.logout();
        auto r = auth.login(QStringLiteral("li"), kInitial);
        QCOMPARE(r.error().code, Error::Code::Conflict);
        QVERIFY(r.error().message.contains(QStringLiteral("disabled")));
        QVERIFY(!t->session());
        QCOMPARE(events(t.db(), QStringLiteral("li")).last(), QStringLiteral("login_failed"));
    }

    void theFirstLoginForcesAChange()
    {
        Test::TestDatabase t;
        setUp(t);
        Authenticator auth(t.db());
        QCOMPARE(auth.changePassword(kInitial, QStringLiteral("New-Pass-3")).error().code,
                 Error::Code::Usage); // nobody logged in
        QVERIFY(auth.login(QStringLiteral("li"), kInitial)->mustChangePassword);
        // The policy and the current password are enforced.
        QCOMPARE(auth.changePassword(kInitial, QStringLiteral("newpass")).error().code,
                 Error::Code::Invalid);
        QCOMPARE(auth.changePassword(QStringLiteral("Wrong-Pass1"), QStringLiteral("New-Pass-3"))
                     .error()
                     .context,
                 QStringLiteral("Current password"));
        // A staff account changes its own password without ManageUsers.
        auto changed = auth.changePassword(kInitial, QStringLiteral("New-Pass-3"));
        QVERIFY2(changed.ok(), qPrintable(why(changed)));
        const auto history = AuditTrail(t.db())
                                 .history(QStringLiteral("user_account"), QStringLiteral("li"))
                                 .value();
        QCOMPARE(history.last().actor, QStringLiteral("li"));
        QCOMPARE(history.last().after.value(QStringLiteral("must_change")).toBool(), false);
        auth.logout();
        QVERIFY(!auth.login(QStringLiteral("li"), kInitial).ok());
        auto again = auth.login(QStringLiteral("li"), QStringLiteral("New-Pass-3"));
        QVERIFY(again.ok());
        QCOMPARE(again->mustChangePassword, false);
    }

    void unlockScreenRechecksThePassword()
    {
        Test::TestDatabase t;
        setUp(t);
        Authenticator auth(t.db());
        QCOMPARE(auth.unlockScreen(kInitial).error().code, Error::Code::Usage);
        QVERIFY(auth.login(QStringLiteral("li"), kInitial).ok());
        auto wrong = auth.unlockScreen(QStringLiteral("Wrong-Pass1"));
        QCOMPARE(wrong.error().code, Error::Code::Invalid);
        QCOMPARE(AccountRepository(t.db()).find(QStringLiteral("li")).value()->failedLogins, 1);
        QVERIFY(auth.unlockScreen(kInitial).ok());
        QCOMPARE(AccountRepository(t.db()).find(QStringLiteral("li")).value()->failedLogins, 0);
    }

    void aWeakHashIsReplacedAtLogin()
    {
        Test::TestDatabase t;
        setUp(t);
        // A hash made with libsodium's minimum limits (as an older build might have).
        QVERIFY(sodium_init() >= 0);
        char out[crypto_pwhash_STRBYTES] = {};
        const QByteArray password = kInitial.toUtf8();
        QCOMPARE(crypto_pwhash_str_alg(out, password.constData(), quint64(password.size()),
                                       crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN,
                                       crypto_pwhash_ALG_ARGON2ID13),
                 0);
        QSqlQuery q(t->connection());
        q.prepare(
            QStringLiteral("UPDATE user_account SET password_hash = ? WHERE username = 'li'"));
        q.addBindValue(QString::fromLatin1(out));
        QVERIFY(q.exec());
        QVERIFY(Authenticator(t.db()).login(QStringLiteral("li"), kInitial).ok());
        QVERIFY(
            q.exec(QStringLiteral("SELECT password_hash FROM user_account WHERE username = 'li'")));
        QVERIFY(q.next());
        const QString stored = q.value(0).toString();
        QVERIFY(stored != QString::fromLatin1(out));
        QVERIFY(!Security::Password::needsRehash(stored));
        QVERIFY(Security::Password::verify(stored, kInitial));
        // Nobody else's hash can be replaced that way.
        const qint64 admin = AccountRepository(t.db()).find(QStringLiteral("admin")).value()->id;
        QCOMPARE(
            AccountRepository(t.db()).recordSuccess(admin, t.clock().now(), stored).error().code,
            Error::Code::Refused);
    }

    void loginNeedsAccountsOn()
    {
        Test::TestDatabase t;
        auto r = Authenticator(t.db()).login(QStringLiteral("admin"), kAdminPassword);
        QCOMPARE(r.error().code, Error::Code::Usage);
    }
};

QTEST_GUILESS_MAIN(TestAuthenticator)
#include "tst_authenticator.moc"
