// The login dialog and the forced password change (accounts mode, issue 6), on a real
// database with real accounts.

#include "accountsfixture.h"
#include "appcontext.h"
#include "dialoghook.h"
#include "security/logindialog.h"
#include "security/password.h"
#include "security/sessionflow.h"
#include "storage/audittrail.h"
#include "support/testdatabase.h"
#include "util/i18n.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QtTest>

using namespace Jiandu;
using namespace Jiandu::Ui;
using namespace Qt::StringLiterals;

namespace {

void typeLogin(LoginDialog &dialog, const QString &username, const QString &password)
{
    dialog.findChild<QLineEdit *>(u"usernameEdit"_s)->setText(username);
    dialog.findChild<QLineEdit *>(u"passwordEdit"_s)->setText(password);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"loginButton"_s), Qt::LeftButton);
}

} // namespace

class TstLogin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void singleUserModeNeedsNoLogin()
    {
        Test::TestDatabase tdb;
        AppContext context(tdb.db(), tdb.clock());
        QVERIFY(!SessionFlow::accountsEnabled(context));
        QVERIFY(SessionFlow::login(context)); // no dialog at all
        QVERIFY(!context.accountsMode());
        QVERIFY(context.can(Security::Permission::EditData));
        QVERIFY(context.refusal(Security::Permission::EditData).isEmpty());
    }

    void wrongPasswordIsExplainedInTheDialog()
    {
        Test::TestDatabase tdb;
        QVERIFY(Test::enableAccounts(tdb.db()));
        AppContext context(tdb.db(), tdb.clock());
        LoginDialog dialog(context);
        dialog.show();
        typeLogin(dialog, u"admin"_s, u"wrong-password"_s);
        QVERIFY(dialog.isVisible()); // stays open
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY2(dialog.errorText().contains(u"Wrong username or password"_s),
                 qPrintable(dialog.errorText()));
        QVERIFY(dialog.errorText().contains(u"4 more failed attempt"_s));
        QVERIFY(!context.accountsMode());
        // The password field is emptied for the next try.
        QVERIFY(dialog.findChild<QLineEdit *>(u"passwordEdit"_s)->text().isEmpty());
    }

    void fiveFailuresLockTheAccount()
    {
        Test::TestDatabase tdb;
        QVERIFY(Test::enableAccounts(tdb.db()));
        QVERIFY(Test::addAccount(tdb.db(), u"wangwu"_s, Security::Role::Staff));
        AppContext context(tdb.db(), tdb.clock());
        LoginDialog dialog(context);
        dialog.show();
        for (int i = 0; i < 5; ++i)
            typeLogin(dialog, u"wangwu"_s, u"nope%1"_s.arg(i));
        // Even the right password is refused now, and the dialog says until when.
        typeLogin(dialog, u"wangwu"_s, Test::ownPassword());
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY2(dialog.errorText().contains(u"locked"_s), qPrintable(dialog.errorText()));
        const QString until =
            tdb.clock().now().addSecs(10 * 60).toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
        QVERIFY2(dialog.errorText().contains(until), qPrintable(dialog.errorText()));
        QVERIFY(!context.accountsMode());
        // Another account is not affected.
        typeLogin(dialog, u"admin"_s, Test::adminPassword());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void forcedChangeRefusesAWeakPasswordThenAcceptsAGoodOne()
    {
        Test::TestDatabase tdb;
        QVERIFY(Test::enableAccounts(tdb.db()));
        QVERIFY(Test::addAccount(tdb.db(), u"wangwu"_s, Security::Role::Staff, 0, false));
        AppContext context(tdb.db(), tdb.clock());
        LoginDialog login(context);
        typeLogin(login, u"wangwu"_s, Test::initialPassword());
        QCOMPARE(login.result(), int(QDialog::Accepted));
        QVERIFY(login.outcome().mustChangePassword);

        ChangePasswordDialog change(context, true, login.takePassword());
        change.show();
        auto *next = change.findChild<QLineEdit *>(u"newPasswordEdit"_s);
        auto *repeat = change.findChild<QLineEdit *>(u"repeatPasswordEdit"_s);
        auto *hint = change.findChild<QLabel *>(u"policyHint"_s);
        QVERIFY(next && repeat && hint);
        QVERIFY(!change.findChild<QLineEdit *>(u"currentPasswordEdit"_s)); // not asked again
        next->setText(u"short"_s);
        repeat->setText(u"short"_s);
        // The live hint says what the policy misses, as the user types.
        QCOMPARE(hint->text(), Security::Password::policyProblem(u"short"_s));
        QTest::mouseClick(change.findChild<QPushButton *>(u"changeButton"_s), Qt::LeftButton);
        QVERIFY(change.result() != QDialog::Accepted);
        QVERIFY2(change.problemText().contains(Security::Password::policyProblem(u"short"_s)),
                 qPrintable(change.problemText()));
        // Two different entries.
        next->setText(Test::ownPassword());
        repeat->setText(Test::ownPassword() + u"x"_s);
        QVERIFY(!change.tryChange());
        QVERIFY(change.problemText().contains(u"differ"_s));
        repeat->setText(Test::ownPassword());
        QTest::mouseClick(change.findChild<QPushButton *>(u"changeButton"_s), Qt::LeftButton);
        QCOMPARE(change.result(), int(QDialog::Accepted));
        context.setSession(login.outcome().session);

        // The session's account is the actor of what follows in the audit trail.
        auto history = AuditTrail(tdb.db()).history(u"user_account"_s, u"wangwu"_s);
        QVERIFY(history.ok());
        QVERIFY(!history.value().isEmpty());
        QCOMPARE(history.value().last().actor, u"wangwu"_s);
        auto recent = AuditTrail(tdb.db()).recent(5);
        QVERIFY(recent.ok());
        bool loginSeen = false;
        for (const AuditEntry &e : recent.value())
            loginSeen =
                loginSeen || (e.action == AuditEntry::Action::Login && e.recordKey == u"wangwu"_s);
        QVERIFY(loginSeen);

        // The new password works at the next login; the old one no longer does.
        context.logout();
        QVERIFY(!context.accountsMode());
        LoginDialog again(context);
        typeLogin(again, u"wangwu"_s, Test::initialPassword());
        QVERIFY(again.result() != QDialog::Accepted);
        typeLogin(again, u"wangwu"_s, Test::ownPassword());
        QCOMPARE(again.result(), int(QDialog::Accepted));
        QVERIFY(!again.outcome().mustChangePassword);
    }

    // The start-up flow: the login dialog comes first; quitting it ends the application.
    void startUpFlowAsksForALogin()
    {
        Test::TestDatabase tdb;
        QVERIFY(Test::enableAccounts(tdb.db()));
        AppContext context(tdb.db(), tdb.clock());
        QSignalSpy changed(&context, &AppContext::sessionChanged);
        Test::answerNextDialog<LoginDialog>([](LoginDialog *d) { d->reject(); });
        QVERIFY(!SessionFlow::login(context));
        QVERIFY(!context.accountsMode());
        Test::answerNextDialog<LoginDialog>(
            [](LoginDialog *d) { typeLogin(*d, u"admin"_s, Test::adminPassword()); });
        QVERIFY(SessionFlow::login(context));
        QVERIFY(context.accountsMode());
        QCOMPARE(context.session()->username, u"admin"_s);
        QCOMPARE(changed.count(), 1);
    }

    // docs/screenshots/login.png when JIANDU_SCREENSHOT_DIR is set (looked at, not compared).
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("JIANDU_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set JIANDU_SCREENSHOT_DIR to write the screenshot");
        I18n::install(u"zh_CN"_s);
        Test::TestDatabase tdb;
        QVERIFY(Test::enableAccounts(tdb.db()));
        AppContext context(tdb.db(), tdb.clock());
        LoginDialog dialog(context);
        dialog.show();
        typeLogin(dialog, u"wangwu"_s, u"x"_s);
        dialog.findChild<QLineEdit *>(u"usernameEdit"_s)->setText(u"wangwu"_s);
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(dir + u"/login.png"_s));
        I18n::install(u"en"_s);
    }
};

QTEST_MAIN(TstLogin)
#include "tst_login.moc"
