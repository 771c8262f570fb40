// The idle lock (accounts mode, issue 6): the window is covered and only the same account's
// password opens it again; failures count toward the account's lock.

#include "accountsfixture.h"
#include "appcontext.h"
#include "mainwindow.h"
#include "security/idlelock.h"
#include "security/sessionflow.h"
#include "support/testdatabase.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace Jiandu;
using namespace Jiandu::Ui;
using namespace Qt::StringLiterals;

namespace {

void typeUnlock(UnlockDialog *dialog, const QString &password)
{
    dialog->findChild<QLineEdit *>(u"unlockPasswordEdit"_s)->setText(password);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"unlockButton"_s), Qt::LeftButton);
}

QWidget *cover(QWidget *window)
{
    for (QWidget *w :
         window->findChildren<QWidget *>(u"idleLockCover"_s, Qt::FindDirectChildrenOnly))
        if (w->isVisible())
            return w;
    return nullptr;
}

} // namespace

class TstIdleLock : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TestDatabase> m_tdb;
    std::unique_ptr<AppContext> m_context;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_tdb = std::make_unique<Test::TestDatabase>();
        QVERIFY(Test::enableAccounts(m_tdb->db()));
        QVERIFY(Test::addAccount(m_tdb->db(), u"wangwu"_s, Security::Role::Staff));
        m_context = std::make_unique<AppContext>(m_tdb->db(), m_tdb->clock());
        auto in = Security::Authenticator(m_tdb->db()).login(u"wangwu"_s, Test::ownPassword());
        QVERIFY(in.ok());
        m_context->setSession(in.value().session);
    }

    void cleanup()
    {
        m_context.reset();
        m_tdb.reset();
    }

    void lockNowCoversTheWindowAndOnlyThePasswordOpensIt()
    {
        MainWindow window(*m_context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        IdleLock lock(*m_context);
        QCOMPARE(lock.intervalMs(), IdleLock::kDefaultMinutes * 60 * 1000);
        QSignalSpy unlocked(&lock, &IdleLock::unlocked);
        lock.lockNow();
        QVERIFY(lock.isLocked());
        QWidget *sheet = cover(&window);
        QVERIFY(sheet);
        QCOMPARE(sheet->geometry(), window.rect());
        UnlockDialog *dialog = lock.dialog();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->windowModality(), Qt::ApplicationModal);

        // Escape does not open it.
        dialog->reject();
        QVERIFY(lock.isLocked());
        // Another account's password does not open it.
        typeUnlock(dialog, Test::adminPassword());
        QVERIFY(lock.isLocked());
        QVERIFY2(!dialog->errorText().isEmpty(), "a refused unlock explains itself");
        QVERIFY(cover(&window));
        QCOMPARE(unlocked.count(), 0);

        typeUnlock(dialog, Test::ownPassword());
        QVERIFY(!lock.isLocked());
        QCOMPARE(unlocked.count(), 1);
        QVERIFY(!cover(&window));
        QVERIFY(m_context->accountsMode()); // still the same session
        QCOMPARE(m_context->session()->username, u"wangwu"_s);
    }

    void failuresCountTowardTheAccountLock()
    {
        MainWindow window(*m_context);
        window.show();
        IdleLock lock(*m_context);
        lock.lockNow();
        for (int i = 0; i < Security::Authenticator::kMaxFailures; ++i)
            typeUnlock(lock.dialog(), u"wrong%1"_s.arg(i));
        typeUnlock(lock.dialog(), Test::ownPassword());
        QVERIFY(lock.isLocked());
        QVERIFY2(lock.dialog()->errorText().contains(u"locked"_s),
                 qPrintable(lock.dialog()->errorText()));
    }

    void logoutFromTheLock()
    {
        MainWindow window(*m_context);
        window.show();
        IdleLock lock(*m_context);
        QSignalSpy loggedOut(m_context.get(), &AppContext::loggedOut);
        lock.lockNow();
        QTest::mouseClick(lock.dialog()->findChild<QPushButton *>(u"logoutButton"_s),
                          Qt::LeftButton);
        QVERIFY(!lock.isLocked());
        QCOMPARE(loggedOut.count(), 1);
        QVERIFY(!m_context->accountsMode());
        QVERIFY(!cover(&window));
    }

    void idleTimeLocks()
    {
        MainWindow window(*m_context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        IdleLock lock(*m_context);
        QSignalSpy locked(&lock, &IdleLock::locked);
        lock.setIntervalMs(1);
        QVERIFY(locked.wait(5000));
        QVERIFY(lock.isLocked());
    }

    void settingControlsTheInterval()
    {
        {
            m_context->setSession(nullptr); // as the administrator would (ManageSettings)
            QVERIFY(AccountRepository(m_tdb->db()).setIdleLockMinutes(5));
        }
        auto in = Security::Authenticator(m_tdb->db()).login(u"wangwu"_s, Test::ownPassword());
        QVERIFY(in.ok());
        m_context->setSession(in.value().session);
        IdleLock lock(*m_context);
        QCOMPARE(lock.intervalMs(), 5 * 60 * 1000);
        QCOMPARE(IdleLock::storedMinutes(*m_context), 5);
        // Single-user mode has nobody to unlock: the countdown stops and nothing locks.
        m_context->setSession(nullptr);
        QCOMPARE(lock.intervalMs(), 0);
        lock.lockNow();
        QVERIFY(!lock.isLocked());
    }
};

QTEST_MAIN(TstIdleLock)
#include "tst_idlelock.moc"
