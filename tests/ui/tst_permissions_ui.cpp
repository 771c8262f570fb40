// What the widgets offer each role (accounts mode, issue 6): the navigation pages shown,
// actions disabled with the reason as tooltip, the users section for administrators, the
// identity-card number masked until an audited 显示完整号码.

#include "accountsfixture.h"
#include "appcontext.h"
#include "dialogs/officerdialog.h"
#include "domain/identity.h"
#include "mainwindow.h"
#include "models/officertablemodel.h"
#include "pages/rosterpage.h"
#include "pages/settingspage.h"
#include "storage/audittrail.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QtTest>

using namespace Jiandu;
using namespace Jiandu::Ui;
using namespace Qt::StringLiterals;
using Security::Role;

Q_DECLARE_METATYPE(Jiandu::Security::Role)

namespace {

QStringList visiblePages(MainWindow &window)
{
    auto *nav = window.findChild<QListWidget *>(u"navigation"_s);
    QStringList pages;
    for (int i = 0; i < nav->count(); ++i)
        if (!nav->isRowHidden(i))
            pages << window.page(MainWindow::Page(i))->objectName();
    return pages;
}

} // namespace

class TstPermissionsUi : public QObject
{
    Q_OBJECT

    struct Data
    {
        Test::TestDatabase tdb;
        qint64 agency = 0;
        qint64 officer = 0;
        QString idNumber;
        Data()
        {
            agency = Test::addAgency(tdb.db(), u"县市场监督管理局"_s);
            Test::OfficerSpec spec;
            spec.name = u"李四"_s;
            officer = Test::addOfficer(tdb.db(), agency, spec);
            idNumber = Test::idNumber(spec.n);
        }
    };

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void navigationAndRosterPerRole_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<bool>("dataPages");
        QTest::addColumn<bool>("settings");
        QTest::addColumn<bool>("canEdit");
        QTest::addColumn<bool>("users");
        QTest::newRow("admin") << Role::Admin << true << true << false << true;
        QTest::newRow("auditor") << Role::Auditor << false << false << false << false;
        QTest::newRow("staff") << Role::Staff << true << true << true << false;
        QTest::newRow("viewer") << Role::Viewer << true << true << false << false;
    }

    void navigationAndRosterPerRole()
    {
        QFETCH(Role, role);
        QFETCH(bool, dataPages);
        QFETCH(bool, settings);
        QFETCH(bool, canEdit);
        QFETCH(bool, users);
        Data d;
        AppContext context(d.tdb.db(), d.tdb.clock());
        context.setSession(Test::sessionOf(role));
        MainWindow window(context);
        const QStringList pages = visiblePages(window);
        for (const char *name : {"page_dashboard", "page_roster", "page_cases", "page_review",
                                 "page_supervision", "page_documents", "page_report"})
            QCOMPARE(pages.contains(QLatin1String(name)), dataPages);
        QCOMPARE(pages.contains(u"page_settings"_s), settings);

        RosterPage *roster = window.rosterPage();
        auto *newOfficer = roster->findChild<QAction *>(u"newOfficerAction"_s);
        QCOMPARE(newOfficer->isEnabled(), canEdit);
        if (!canEdit) {
            // The tooltip names the account, its role and who may.
            QVERIFY2(newOfficer->toolTip().contains(Security::Access::roleName(role)),
                     qPrintable(newOfficer->toolTip()));
            QVERIFY(newOfficer->toolTip().contains(u"王五"_s));
            QVERIFY(newOfficer->toolTip().contains(Security::Access::roleName(Role::Staff)));
            QCOMPARE(newOfficer->statusTip(), newOfficer->toolTip());
            // Triggering it anyway (a shortcut) does nothing: the action stays disabled.
            newOfficer->setEnabled(true);
            QVERIFY(!newOfficer->isEnabled());
        }
        auto *settingsPage = qobject_cast<SettingsPage *>(window.page(MainWindow::Settings));
        QCOMPARE(settingsPage->usersSectionVisible(), users);

        // The status bar names who is logged in, with the role.
        auto *who = window.findChild<QLabel *>(u"sessionLabel"_s);
        QVERIFY(who && !who->isHidden());
        QCOMPARE(who->text(), u"王五 (%1)"_s.arg(Security::Access::roleName(role)));
        QVERIFY(window.findChild<QAction *>(u"logoutAction"_s)->isVisible());
    }

    void singleUserModeOffersEverything()
    {
        Data d;
        AppContext context(d.tdb.db(), d.tdb.clock());
        MainWindow window(context);
        QCOMPARE(visiblePages(window).size(), int(MainWindow::PageCount));
        auto *newOfficer = window.rosterPage()->findChild<QAction *>(u"newOfficerAction"_s);
        QVERIFY(newOfficer->isEnabled());
        QVERIFY(window.findChild<QLabel *>(u"sessionLabel"_s)->isHidden());
        QVERIFY(!window.findChild<QAction *>(u"logoutAction"_s)->isVisible());
        QVERIFY(
            qobject_cast<SettingsPage *>(window.page(MainWindow::Settings))->usersSectionVisible());

        // A session arrives: the same window follows it, and back.
        context.setSession(Test::sessionOf(Role::Viewer));
        QVERIFY(!newOfficer->isEnabled());
        QVERIFY(!newOfficer->toolTip().isEmpty());
        context.setSession(nullptr);
        QVERIFY(newOfficer->isEnabled());
        QVERIFY(!newOfficer->toolTip().contains(u"王五"_s));
    }

    void viewerCannotOpenEdit()
    {
        Data d;
        AppContext context(d.tdb.db(), d.tdb.clock());
        context.setSession(Test::sessionOf(Role::Viewer));
        RosterPage page(context);
        page.show();
        auto *table = page.findChild<QTableView *>(u"officerTable"_s);
        QTRY_COMPARE(page.model()->rowCount(), 1);
        table->selectRow(0);
        auto *edit = page.findChild<QAction *>(u"editOfficerAction"_s);
        QVERIFY(!edit->isEnabled()); // a selection does not enable it
        QVERIFY(edit->toolTip().contains(Security::Access::roleName(Role::Viewer)));
        QVERIFY(!page.findChild<QAction *>(u"deleteOfficerAction"_s)->isEnabled());
        QVERIFY(page.findChild<QAction *>(u"exportAction"_s)->isEnabled()); // viewers export

        // The record view (double-click) shows the officer but cannot save.
        OfficerDialog *dialog = page.openOfficer(d.officer);
        auto *save = dialog->findChild<QPushButton *>(u"saveButton"_s);
        QVERIFY(!save->isEnabled());
        QVERIFY(save->toolTip().contains(Security::Access::roleName(Role::Viewer)));
        // Masked and read-only, the reason on the field; no unmasking for a viewer.
        auto *id = dialog->findChild<QLineEdit *>(u"idNumberEdit"_s);
        QCOMPARE(id->text(), Identity::maskIdNumber(d.idNumber));
        QVERIFY(id->isReadOnly());
        auto *unmask = dialog->findChild<QPushButton *>(u"unmaskButton"_s);
        QVERIFY(!unmask->isEnabled());
        QVERIFY(id->toolTip().contains(Security::Access::roleName(Role::Viewer)));
        QVERIFY(!dialog->unmaskNumbers());
        QCOMPARE(id->text(), Identity::maskIdNumber(d.idNumber));
        // The history tab is for those who change records or read the audit trail.
        auto *tabs = dialog->findChild<QTabWidget *>();
        QVERIFY(!tabs->isTabEnabled(tabs->count() - 1));
        dialog->reject();
    }

    void staffUnmasksWithAnAuditRecord()
    {
        Data d;
        AppContext context(d.tdb.db(), d.tdb.clock());
        context.setSession(Test::sessionOf(Role::Staff));
        OfficerDialog dialog(context, d.officer);
        auto *id = dialog.findChild<QLineEdit *>(u"idNumberEdit"_s);
        QCOMPARE(id->text(), Identity::maskIdNumber(d.idNumber));
        QVERIFY(dialog.numbersMasked());
        auto *unmask = dialog.findChild<QPushButton *>(u"unmaskButton"_s);
        QVERIFY(unmask->isEnabled());
        const auto before = AuditTrail(d.tdb.db()).count();
        QTest::mouseClick(unmask, Qt::LeftButton);
        QVERIFY(!dialog.numbersMasked());
        QCOMPARE(id->text(), d.idNumber);
        QVERIFY(!id->isReadOnly()); // the staff may correct it
        QCOMPARE(AuditTrail(d.tdb.db()).count().value(), before.value() + 1);
        auto history = AuditTrail(d.tdb.db()).history(u"officer"_s, d.idNumber);
        QVERIFY(history.ok());
        QCOMPARE(history.value().last().action, AuditEntry::Action::Unmask);
        QCOMPARE(history.value().last().actor, u"wangwu"_s);
        QVERIFY(dialog.findChild<QTabWidget *>()->isTabEnabled(4));
    }

    void maskedNumberIsNotSavedOverTheStoredOne()
    {
        Data d;
        AppContext context(d.tdb.db(), d.tdb.clock());
        context.setSession(Test::sessionOf(Role::Staff));
        OfficerDialog dialog(context, d.officer);
        dialog.findChild<QLineEdit *>(u"positionEdit"_s)->setText(u"科员"_s);
        QVERIFY(dialog.save());
        OfficerDialog reread(context, d.officer);
        QVERIFY(reread.unmaskNumbers());
        QCOMPARE(reread.findChild<QLineEdit *>(u"idNumberEdit"_s)->text(), d.idNumber);
    }

    void singleUserModeShowsTheFullNumber()
    {
        Data d;
        AppContext context(d.tdb.db(), d.tdb.clock());
        OfficerDialog dialog(context, d.officer);
        QCOMPARE(dialog.findChild<QLineEdit *>(u"idNumberEdit"_s)->text(), d.idNumber);
        QVERIFY(!dialog.findChild<QLineEdit *>(u"idNumberEdit"_s)->isReadOnly());
        QVERIFY(dialog.findChild<QPushButton *>(u"unmaskButton"_s)->isHidden());
    }

    void agencyLimitedAccountKeepsItsAgency()
    {
        Data d;
        const qint64 other = Test::addAgency(d.tdb.db(), u"县生态环境局"_s);
        AppContext context(d.tdb.db(), d.tdb.clock());
        context.setSession(Test::sessionOf(Role::Staff, other, u"县生态环境局"_s));
        OfficerDialog dialog(context, 0);
        auto *agency = dialog.findChild<QComboBox *>(u"agencyCombo"_s);
        QCOMPARE(agency->currentData().toLongLong(), other);
        QVERIFY(!agency->isEnabled());
        MainWindow window(context);
        QVERIFY(window.findChild<QLabel *>(u"sessionLabel"_s)->text().contains(u"县生态环境局"_s));
    }
};

QTEST_MAIN(TstPermissionsUi)
#include "tst_permissions_ui.moc"
