// AccountRepository: turning accounts on, creating and changing accounts, the last
// administrator, and audit records that never carry a password or its hash.

#include "security/authenticator.h"
#include "security/password.h"
#include "security/session.h"
#include "storage/accountrepository.h"
#include "storage/audittrail.h"
#include "storage/settingsrepository.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

#include <QSqlQuery>
#include <QtTest>

using namespace Jiandu;
using Security::Role;

namespace {

// The error of a failed result, for test messages (empty when it succeeded).
template <typename R> QString why(const R &r)
{
    return r.ok() ? QString() : r.error().toString();
}
const QString kAdminPassword = QStringLiteral("Admin-Pass1");
const QString kInitial = QStringLiteral("Initial-Pass1");

UserAccount account(const QString &username, Role role, qint64 agencyId = 0)
{
    UserAccount a;
    a.username = username;
    a.displayName = username.toUpper();
    a.role = role;
    a.agencyId = agencyId;
    return a;
}

// Every stored text of the audit trail, for "never written" assertions.
QString wholeAudit(Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT actor, table_name, record_key, action, coalesce(before, ''), "
                          "coalesce(after, '') FROM audit_log"));
    QStringList all;
    while (q.next())
        for (int i = 0; i < 6; ++i)
            all << q.value(i).toString();
    return all.join(QLatin1Char('\n'));
}

QString storedHash(Database &db, const QString &username)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT password_hash FROM user_account WHERE username = ?"));
    q.addBindValue(username);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}
} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT

    // Accounts on, with the administrator "admin" logged in.
    static qint64 enableAsAdmin(Test::TestDatabase &t)
    {
        auto id = AccountRepository(t.db()).enableAccounts(
            QStringLiteral("admin"), QStringLiteral("管理员"), kAdminPassword);
        if (!id)
            qFatal("enableAccounts: %s", qPrintable(why(id)));
        auto in = Security::Authenticator(t.db()).login(QStringLiteral("admin"), kAdminPassword);
        if (!in)
            qFatal("login: %s", qPrintable(why(in)));
        return id.value();
    }

private Q_SLOTS:
    void startsInSingleUserMode()
    {
        Test::TestDatabase t;
        QCOMPARE(AccountRepository(t.db()).accountsEnabled().value(), false);
        QCOMPARE(t.rowCount(QStringLiteral("user_account")), 0);
        QVERIFY(!t->session());
    }

    void enablingWithAWeakPasswordChangesNothing()
    {
        Test::TestDatabase t;
        const qint64 audits = t.rowCount(QStringLiteral("audit_log"));
        AccountRepository repo(t.db());
        auto r = repo.enableAccounts(QStringLiteral("admin"), QString(), QStringLiteral("short1A"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Invalid);
        QCOMPARE(r.error().context, QStringLiteral("Password"));
        r = repo.enableAccounts(QStringLiteral("a"), QString(), kAdminPassword);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().context, QStringLiteral("Username"));
        QCOMPARE(t.rowCount(QStringLiteral("user_account")), 0);
        QCOMPARE(t.rowCount(QStringLiteral("audit_log")), audits);
        QCOMPARE(repo.accountsEnabled().value(), false);
    }

    void enablingCreatesTheAdministratorAndTheSettingTogether()
    {
        Test::TestDatabase t;
        AccountRepository repo(t.db());
        auto id = repo.enableAccounts(QStringLiteral(" admin "), QStringLiteral("管理员"),
                                      kAdminPassword);
        QVERIFY2(id.ok(), qPrintable(why(id)));
        QCOMPARE(repo.accountsEnabled().value(), true);
        QCOMPARE(SettingsRepository(t.db()).value(QStringLiteral("accounts.enabled")),
                 QStringLiteral("1"));
        const auto admin = repo.find(id.value()).value();
        QVERIFY(admin);
        QCOMPARE(admin->username, QStringLiteral("admin"));
        QCOMPARE(admin->role, Role::Admin);
        QCOMPARE(admin->mustChange, false);
        QCOMPARE(admin->createdAt, t.clock().now());
        // Stored hashed, never in clear.
        const QString hash = storedHash(t.db(), QStringLiteral("admin"));
        QVERIFY(hash.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(Security::Password::verify(hash, kAdminPassword));
        // A second time: refused, nothing added.
        auto again = repo.enableAccounts(QStringLiteral("other"), QString(), kAdminPassword);
        QCOMPARE(again.error().code, Error::Code::Conflict);
        QCOMPARE(t.rowCount(QStringLiteral("user_account")), 1);
        // Audited, without the hash.
        const auto history = AuditTrail(t.db())
                                 .history(QStringLiteral("user_account"), QStringLiteral("admin"))
                                 .value();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().action, AuditEntry::Action::Insert);
        QCOMPARE(history.first().after.value(QStringLiteral("role")).toString(),
                 QStringLiteral("admin"));
        QVERIFY(!history.first().after.contains(QStringLiteral("password_hash")));
        QVERIFY(!wholeAudit(t.db()).contains(QStringLiteral("$argon2id$")));
        QVERIFY(!wholeAudit(t.db()).contains(kAdminPassword));
    }

    void createValidatesAndNamesTheField()
    {
        Test::TestDatabase t;
        const qint64 agency = Test::addAgency(t.db(), QStringLiteral("清河县市场监督管理局"));
        enableAsAdmin(t);
        AccountRepository repo(t.db());
        auto id = repo.create(account(QStringLiteral("wang.wu"), Role::Staff, agency), kInitial);
        QVERIFY2(id.ok(), qPrintable(why(id)));
        const auto created = repo.find(QStringLiteral("WANG.WU")).value();
        QVERIFY(created);
        QCOMPARE(created->id, id.value());
        QCOMPARE(created->mustChange, true);
        QCOMPARE(created->agencyId, agency);
        QCOMPARE(created->agencyName, QStringLiteral("清河县市场监督管理局"));

        // Duplicate, case-insensitive.
        auto dup = repo.create(account(QStringLiteral("Wang.Wu"), Role::Viewer), kInitial);
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().code, Error::Code::Conflict);
        QCOMPARE(dup.error().context, QStringLiteral("Username"));
        // Bad characters, weak password, unknown agency.
        auto bad = repo.create(account(QStringLiteral("wang wu"), Role::Viewer), kInitial);
        QCOMPARE(bad.error().context, QStringLiteral("Username"));
        auto weak =
            repo.create(account(QStringLiteral("zhao"), Role::Viewer), QStringLiteral("abcdefgh"));
        QCOMPARE(weak.error().code, Error::Code::Invalid);
        QCOMPARE(weak.error().context, QStringLiteral("Initial password"));
        auto noAgency = repo.create(account(QStringLiteral("zhao"), Role::Viewer, 999), kInitial);
        QCOMPARE(noAgency.error().context, QStringLiteral("Agency"));
        // CJK usernames are letters.
        QVERIFY(repo.create(account(QStringLiteral("王五"), Role::Viewer), kInitial).ok());
        QCOMPARE(t.rowCount(QStringLiteral("user_account")), 3);
        QCOMPARE(repo.list().value().size(), 3);
    }

    void updateResetAndUnlock()
    {
        Test::TestDatabase t;
        enableAsAdmin(t);
        AccountRepository repo(t.db());
        const qint64 id =
            repo.create(account(QStringLiteral("li"), Role::Viewer), kInitial).value();
        UserAccount li = *repo.find(id).value();
        li.role = Role::Staff;
        li.displayName = QStringLiteral("李四");
        QVERIFY(repo.update(li).ok());
        QCOMPARE(repo.find(id).value()->role, Role::Staff);
        QCOMPARE(repo.find(id).value()->displayName, QStringLiteral("李四"));

        // Lock it by hand (as five failures would), then unlock.
        QVERIFY(repo.recordFailure(id, 5, t.clock().now().addSecs(600)).ok());
        QVERIFY(repo.find(id).value()->lockedUntil.isValid());
        QVERIFY(repo.unlock(id).ok());
        QCOMPARE(repo.find(id).value()->failedLogins, 0);
        QVERIFY(!repo.find(id).value()->lockedUntil.isValid());

        // Reset: a new password that must be changed, the old one no longer works.
        const QString hashBefore = storedHash(t.db(), QStringLiteral("li"));
        t.clock().set(t.clock().now().addDays(1));
        QVERIFY(!repo.resetPassword(id, QStringLiteral("weak")).ok());
        QCOMPARE(storedHash(t.db(), QStringLiteral("li")), hashBefore);
        QVERIFY(repo.resetPassword(id, QStringLiteral("Reset-Pass2")).ok());
        const UserAccount after = *repo.find(id).value();
        QCOMPARE(after.mustChange, true);
        QCOMPARE(after.passwordSetAt, t.clock().now());
        QVERIFY(Security::Password::verify(storedHash(t.db(), QStringLiteral("li")),
                                           QStringLiteral("Reset-Pass2")));
        QVERIFY(!Security::Password::verify(storedHash(t.db(), QStringLiteral("li")), kInitial));

        // Each change audited under the username; the reset shows as password_set_at.
        const auto history = AuditTrail(t.db())
                                 .history(QStringLiteral("user_account"), QStringLiteral("li"))
                                 .value();
        QCOMPARE(history.size(), 4); // insert, update, unlock, reset
        const AuditEntry reset = history.last();
        QVERIFY(reset.before.value(QStringLiteral("password_set_at")) !=
                reset.after.value(QStringLiteral("password_set_at")));
        QCOMPARE(reset.actor, QStringLiteral("admin"));
        const QString audit = wholeAudit(t.db());
        QVERIFY(!audit.contains(QStringLiteral("$argon2id$")));
        QVERIFY(!audit.contains(QStringLiteral("Reset-Pass2")));
        QVERIFY(!audit.contains(kInitial));
    }

    void theLastAdministratorStays()
    {
        Test::TestDatabase t;
        const qint64 adminId = enableAsAdmin(t);
        AccountRepository repo(t.db());
        UserAccount admin = *repo.find(adminId).value();
        admin.role = Role::Staff;
        auto demoted = repo.update(admin);
        QVERIFY(!demoted.ok());
        QCOMPARE(demoted.error().code, Error::Code::Conflict);
        QVERIFY(demoted.error().message.contains(QStringLiteral("last administrator")));
        admin.role = Role::Admin;
        admin.disabled = true;
        QCOMPARE(repo.update(admin).error().code, Error::Code::Conflict);
        QCOMPARE(repo.find(adminId).value()->role, Role::Admin);
        QCOMPARE(repo.find(adminId).value()->disabled, false);

        // With a second administrator, the first may step down.
        QVERIFY(repo.create(account(QStringLiteral("second"), Role::Admin), kInitial).ok());
        admin.disabled = false;
        admin.role = Role::Viewer;
        QVERIFY(repo.update(admin).ok());
        QCOMPARE(repo.find(adminId).value()->role, Role::Viewer);
    }

    void changePasswordNeedsTheCurrentOne()
    {
        Test::TestDatabase t;
        const qint64 adminId = enableAsAdmin(t);
        AccountRepository repo(t.db());
        auto wrong = repo.changePassword(adminId, QStringLiteral("Not-The-One1"),
                                         QStringLiteral("New-Pass-3"));
        QCOMPARE(wrong.error().code, Error::Code::Invalid);
        QCOMPARE(wrong.error().context, QStringLiteral("Current password"));
        auto weak = repo.changePassword(adminId, kAdminPassword, QStringLiteral("newpass3"));
        QCOMPARE(weak.error().context, QStringLiteral("New password"));
        auto same = repo.changePassword(adminId, kAdminPassword, kAdminPassword);
        QCOMPARE(same.error().code, Error::Code::Invalid);
        QVERIFY(repo.changePassword(adminId, kAdminPassword, QStringLiteral("New-Pass-3")).ok());
        QVERIFY(Security::Password::verify(storedHash(t.db(), QStringLiteral("admin")),
                                           QStringLiteral("New-Pass-3")));
    }

    void idleLockMinutes()
    {
        Test::TestDatabase t;
        AccountRepository repo(t.db());
        QCOMPARE(repo.idleLockMinutes(), 15);
        enableAsAdmin(t);
        QCOMPARE(repo.setIdleLockMinutes(0).error().context, QStringLiteral("Idle lock"));
        QCOMPARE(repo.setIdleLockMinutes(241).error().code, Error::Code::Invalid);
        QVERIFY(repo.setIdleLockMinutes(5).ok());
        QCOMPARE(repo.idleLockMinutes(), 5);
        QCOMPARE(SettingsRepository(t.db()).value(QStringLiteral("accounts.idle_lock_minutes")),
                 QStringLiteral("5"));
        // A value written by hand outside the range reads as the default.
        QSqlQuery q(t->connection());
        QVERIFY(q.exec(QStringLiteral(
            "UPDATE setting SET value = '0' WHERE key = 'accounts.idle_lock_minutes'")));
        QCOMPARE(repo.idleLockMinutes(), 15);
    }

    void disablingReturnsToSingleUserMode()
    {
        Test::TestDatabase t;
        enableAsAdmin(t);
        AccountRepository repo(t.db());
        QVERIFY(repo.disableAccounts().ok());
        QCOMPARE(repo.accountsEnabled().value(), false);
        QCOMPARE(t.rowCount(QStringLiteral("user_account")), 1); // kept
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
