// 设置 → 用户与权限 (issue 6): turning accounts on through the form, adding an account,
// unlocking one, turning accounts off; problems shown under the field they concern.

#include "accountsfixture.h"
#include "appcontext.h"
#include "models/accounttablemodel.h"
#include "pages/settingspage.h"
#include "security/accountdialog.h"
#include "security/sessionflow.h"
#include "security/userspanel.h"
#include "storage/settingsrepository.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"
#include "util/i18n.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QtTest>

using namespace Jiandu;
using namespace Jiandu::Ui;
using namespace Qt::StringLiterals;

namespace {

template <typename W> W *child(QWidget *parent, const QString &name)
{
    auto *w = parent->findChild<W *>(name);
    if (!w)
        qWarning() << "no child" << name;
    return w;
}

bool problemShown(QWidget *parent, const QString &name)
{
    auto *label = parent->findChild<QLabel *>(name);
    return label && !label->isHidden() && !label->text().isEmpty();
}

// The page shown, so that clicks reach the section's buttons.
UsersPanel *showUsers(SettingsPage &page)
{
    page.show();
    return page.usersPanel();
}

void fillEnableForm(UsersPanel *panel, const QString &password, const QString &repeat)
{
    child<QLineEdit>(panel, u"adminUsernameEdit"_s)->setText(u"admin"_s);
    child<QLineEdit>(panel, u"adminNameEdit"_s)->setText(u"张三"_s);
    child<QLineEdit>(panel, u"adminPasswordEdit"_s)->setText(password);
    child<QLineEdit>(panel, u"adminRepeatEdit"_s)->setText(repeat);
    QTest::mouseClick(child<QPushButton>(panel, u"enableAccountsButton"_s), Qt::LeftButton);
}

} // namespace

class TstUsersPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void enableAccountsThroughTheForm()
    {
        Test::TestDatabase tdb;
        AppContext context(tdb.db(), tdb.clock());
        SettingsPage page(context);
        QVERIFY(page.usersSectionVisible()); // single-user mode: every right
        UsersPanel *panel = showUsers(page);
        QVERIFY(!child<QWidget>(panel, u"enableAccountsBox"_s)->isHidden());
        QVERIFY(child<QWidget>(panel, u"accountsBox"_s)->isHidden());

        // A weak password: the problem under the password field, nothing changed.
        fillEnableForm(panel, u"weak"_s, u"weak"_s);
        QVERIFY(problemShown(panel, u"adminPasswordProblem"_s));
        QVERIFY(!problemShown(panel, u"adminUsernameProblem"_s));
        QVERIFY(!SessionFlow::accountsEnabled(context));
        // The two entries differ: the problem under the second.
        fillEnableForm(panel, Test::adminPassword(), Test::adminPassword() + u"!"_s);
        QVERIFY(!problemShown(panel, u"adminPasswordProblem"_s));
        QVERIFY(problemShown(panel, u"adminRepeatProblem"_s));
        QVERIFY(!SessionFlow::accountsEnabled(context));

        fillEnableForm(panel, Test::adminPassword(), Test::adminPassword());
        QVERIFY2(SessionFlow::accountsEnabled(context), qPrintable(panel->message()));
        // The administrator goes on as that account.
        QVERIFY(context.accountsMode());
        QCOMPARE(context.session()->username, u"admin"_s);
        QCOMPARE(context.session()->role, Security::Role::Admin);
        QVERIFY(child<QWidget>(panel, u"enableAccountsBox"_s)->isHidden());
        QVERIFY(!child<QWidget>(panel, u"accountsBox"_s)->isHidden());
        QCOMPARE(panel->model()->rowCount(), 1);
        QCOMPARE(panel->model()->index(0, AccountTableModel::Username).data().toString(),
                 u"admin"_s);
        QCOMPARE(panel->model()->index(0, AccountTableModel::Role).data().toString(),
                 Security::Access::roleName(Security::Role::Admin));
        // The form's passwords do not linger.
        QVERIFY(child<QLineEdit>(panel, u"adminPasswordEdit"_s)->text().isEmpty());
    }

    void addStaffAccountThenUnlockIt()
    {
        Test::TestDatabase tdb;
        const qint64 agency = Test::addAgency(tdb.db(), u"县市场监督管理局"_s);
        QVERIFY(Test::enableAccounts(tdb.db()));
        AppContext context(tdb.db(), tdb.clock());
        auto admin = Security::Authenticator(tdb.db()).login(u"admin"_s, Test::adminPassword());
        QVERIFY(admin.ok());
        context.setSession(admin.value().session);
        SettingsPage page(context);
        UsersPanel *panel = showUsers(page);
        QCOMPARE(panel->model()->rowCount(), 1);

        AccountDialog dialog(context, std::nullopt, &page);
        child<QLineEdit>(&dialog, u"usernameEdit"_s)->setText(u"w"_s); // too short
        child<QLineEdit>(&dialog, u"displayNameEdit"_s)->setText(u"王五"_s);
        auto *agencies = child<QComboBox>(&dialog, u"agencyCombo"_s);
        agencies->setCurrentIndex(agencies->findData(agency));
        child<QLineEdit>(&dialog, u"passwordEdit"_s)->setText(Test::initialPassword());
        child<QLineEdit>(&dialog, u"repeatPasswordEdit"_s)->setText(Test::initialPassword());
        QVERIFY(!dialog.save());
        QVERIFY(problemShown(&dialog, u"usernameProblem"_s)); // named by the repository
        QVERIFY(!problemShown(&dialog, u"passwordProblem"_s));
        QCOMPARE(panel->model()->rowCount(), 1);

        child<QLineEdit>(&dialog, u"usernameEdit"_s)->setText(u"wangwu"_s);
        QVERIFY2(dialog.save(), qPrintable(child<QLabel>(&dialog, u"saveProblem"_s)->text()));
        QCOMPARE(panel->model()->rowCount(), 2); // the list followed
        const int row = panel->model()->rowOf(u"wangwu"_s);
        QVERIFY(row >= 0);
        const auto cell = [&](int column) {
            return panel->model()->index(row, column).data().toString();
        };
        QCOMPARE(cell(AccountTableModel::Role), Security::Access::roleName(Security::Role::Staff));
        QCOMPARE(cell(AccountTableModel::Agency), u"县市场监督管理局"_s);
        QVERIFY(cell(AccountTableModel::Status).contains(u"Must change"_s));

        // Five wrong passwords lock the account.
        for (int i = 0; i < Security::Authenticator::kMaxFailures; ++i)
            QVERIFY(!Security::Authenticator(tdb.db()).login(u"wangwu"_s, u"bad%1"_s.arg(i)));
        auto again = Security::Authenticator(tdb.db()).login(u"admin"_s, Test::adminPassword());
        QVERIFY(again.ok());
        context.setSession(again.value().session);
        panel->reload();
        QVERIFY2(cell(AccountTableModel::Status).contains(u"Locked until"_s),
                 qPrintable(cell(AccountTableModel::Status)));

        panel->table()->selectRow(row);
        auto *unlock = child<QPushButton>(panel, u"unlockAccountButton"_s);
        QVERIFY(unlock->isEnabled());
        QTest::mouseClick(unlock, Qt::LeftButton);
        QVERIFY2(panel->message().contains(u"wangwu"_s), qPrintable(panel->message()));
        QVERIFY(!cell(AccountTableModel::Status).contains(u"Locked"_s));
        // wangwu logs in again (and must change the initial password).
        auto in = Security::Authenticator(tdb.db()).login(u"wangwu"_s, Test::initialPassword());
        QVERIFY2(in.ok(), qPrintable(in.ok() ? QString() : in.error().toString()));
        QVERIFY(in.value().mustChangePassword);
        QCOMPARE(in.value().session->agencyId, agency);
    }

    void editRoleAndTurnAccountsOff()
    {
        Test::TestDatabase tdb;
        QVERIFY(Test::enableAccounts(tdb.db()));
        QVERIFY(Test::addAccount(tdb.db(), u"wangwu"_s, Security::Role::Staff));
        AppContext context(tdb.db(), tdb.clock());
        auto admin = Security::Authenticator(tdb.db()).login(u"admin"_s, Test::adminPassword());
        QVERIFY(admin.ok());
        context.setSession(admin.value().session);
        SettingsPage page(context);
        UsersPanel *panel = showUsers(page);
        const int row = panel->model()->rowOf(u"wangwu"_s);
        AccountDialog dialog(context, *panel->model()->account(row), &page);
        QVERIFY(child<QLineEdit>(&dialog, u"usernameEdit"_s)->isReadOnly());
        auto *role = child<QComboBox>(&dialog, u"roleCombo"_s);
        role->setCurrentIndex(role->findData(Security::Access::roleCode(Security::Role::Viewer)));
        QVERIFY(dialog.save());
        QCOMPARE(panel->model()
                     ->index(panel->model()->rowOf(u"wangwu"_s), AccountTableModel::Role)
                     .data()
                     .toString(),
                 Security::Access::roleName(Security::Role::Viewer));

        // The idle lock minutes are kept in the setting table.
        auto *minutes = child<QSpinBox>(panel, u"idleLockSpin"_s);
        QCOMPARE(minutes->value(), 15);
        minutes->setValue(5);
        QTest::mouseClick(child<QPushButton>(panel, u"saveIdleLockButton"_s), Qt::LeftButton);
        QCOMPARE(SettingsRepository(tdb.db()).intValue(u"accounts.idle_lock_minutes"_s, 15), 5);

        QVERIFY(panel->disableAccounts(false));
        QVERIFY(!SessionFlow::accountsEnabled(context));
        QVERIFY(!context.accountsMode());
        QVERIFY(!child<QWidget>(panel, u"enableAccountsBox"_s)->isHidden());
    }

    void staffDoesNotSeeTheUsersSection()
    {
        Test::TestDatabase tdb;
        AppContext context(tdb.db(), tdb.clock());
        context.setSession(Test::sessionOf(Security::Role::Staff));
        SettingsPage page(context);
        QVERIFY(!page.usersSectionVisible());
        // Office settings are the administrator's: disabled, with the reason.
        auto *save = child<QPushButton>(&page, u"saveButton"_s);
        QVERIFY(!save->isEnabled());
        QVERIFY(save->toolTip().contains(Security::Access::roleName(Security::Role::Staff)));
    }

    // docs/screenshots/users.png when JIANDU_SCREENSHOT_DIR is set (looked at, not compared).
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("JIANDU_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set JIANDU_SCREENSHOT_DIR to write the screenshot");
        I18n::install(u"zh_CN"_s);
        Test::TestDatabase tdb;
        const qint64 market = Test::addAgency(tdb.db(), u"县市场监督管理局"_s);
        QVERIFY(Test::enableAccounts(tdb.db()));
        QVERIFY(Test::addAccount(tdb.db(), u"wangwu"_s, Security::Role::Staff));
        QVERIFY(Test::addAccount(tdb.db(), u"zhaoliu"_s, Security::Role::Viewer, market, false));
        QVERIFY(Test::addAccount(tdb.db(), u"shenji"_s, Security::Role::Auditor));
        for (int i = 0; i < Security::Authenticator::kMaxFailures; ++i)
            (void)Security::Authenticator(tdb.db()).login(u"shenji"_s, u"bad"_s);
        AppContext context(tdb.db(), tdb.clock());
        auto admin = Security::Authenticator(tdb.db()).login(u"admin"_s, Test::adminPassword());
        QVERIFY(admin.ok());
        context.setSession(admin.value().session);
        SettingsPage page(context);
        page.resize(900, 1400);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.usersPanel()->table()->resizeColumnsToContents();
        QVERIFY(page.usersPanel()->grab().save(dir + u"/users.png"_s));
        I18n::install(u"en"_s);
    }
};

QTEST_MAIN(TstUsersPage)
#include "tst_users_page.moc"
