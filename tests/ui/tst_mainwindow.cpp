// The main window: sidebar navigation, every page registered in the sidebar order,
// the status bar, and opening an officer on request from another page.

#include "appcontext.h"
#include "demo/demodata.h"
#include "dialogs/documenteditor.h"
#include "dialogs/officerdialog.h"
#include "dialogs/taskdialog.h"
#include "mainwindow.h"
#include "models/officertablemodel.h"
#include "pages/dashboardpage.h"
#include "pages/documentspage.h"
#include "pages/reportpage.h"
#include "pages/supervisionpage.h"
#include "pages/rosterpage.h"
#include "pages/settingspage.h"
#include "storage/documentrepository.h"
#include "supervisionfixture.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"
#include "util/i18n.h"

#include <QAbstractButton>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QtTest>

using namespace Jiandu;
using namespace Jiandu::Ui;

class TstMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings of the test, not the user's
    }

    void sidebarSwitchesPages()
    {
        Test::TestDatabase tdb;
        AppContext context(tdb.db(), tdb.clock());
        MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        QCOMPARE(nav->count(), int(MainWindow::PageCount));
        QCOMPARE(window.currentPage(), MainWindow::Dashboard);
        for (int row : {1, 2, 6, 0}) {
            const QRect rect = nav->visualItemRect(nav->item(row));
            QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, rect.center());
            QCOMPARE(stack->currentIndex(), row);
        }
        window.showPage(MainWindow::Roster);
        QCOMPARE(nav->currentRow(), int(MainWindow::Roster));
        QVERIFY(qobject_cast<RosterPage *>(stack->currentWidget()));
    }

    void reportPageIsRegistered()
    {
        Test::TestDatabase tdb;
        AppContext context(tdb.db(), tdb.clock());
        MainWindow window(context);
        window.show();
        window.showPage(MainWindow::Report);
        auto *report = qobject_cast<ReportPage *>(window.page(MainWindow::Report));
        QVERIFY(report);
        QVERIFY(report->isVisible());
    }

    // The dashboard's "rectification by unit" chart opens the ledger filtered to the unit.
    void dashboardUnitOpensTheLedger()
    {
        Test::TestDatabase tdb;
        AppContext context(tdb.db(), tdb.clock());
        MainWindow window(context);
        window.show();
        auto *dashboard = qobject_cast<DashboardPage *>(window.page(MainWindow::Dashboard));
        QVERIFY(dashboard);
        Q_EMIT dashboard->openTasks(QStringLiteral("法制科"));
        QCOMPARE(window.page(MainWindow::Supervision)->isVisible(), true);
        QCOMPARE(window.supervisionPage()->currentQuery().unit, QStringLiteral("法制科"));
        QCOMPARE(window.supervisionPage()->currentActivityId(), qint64(0));
    }

    void supervisionAndDocumentPagesAreRegistered()
    {
        Test::TestDatabase tdb;
        AppContext context(tdb.db(), tdb.clock());
        MainWindow window(context);
        window.show();
        window.showPage(MainWindow::Supervision);
        QVERIFY(window.supervisionPage());
        QCOMPARE(window.page(MainWindow::Supervision), window.supervisionPage());
        QVERIFY(window.supervisionPage()->isVisible());
        window.showPage(MainWindow::Documents);
        QVERIFY(window.documentsPage());
        QVERIFY(window.documentsPage()->isVisible());
        // The sidebar keeps DESIGN.md's order.
        auto *nav = window.findChild<QListWidget *>();
        QCOMPARE(nav->currentRow(), int(MainWindow::Documents));
        QCOMPARE(int(MainWindow::Supervision) + 1, int(MainWindow::Documents));
    }

    // The dashboard's drill-down: a task opens in the task dialog, a document in the editor.
    void opensTasksAndDocuments()
    {
        Test::TestDatabase tdb;
        Test::SupervisionFixture f;
        f.fill(tdb.db());
        SupervisionDocument d;
        d.title = QStringLiteral("整改通知书");
        d.draftedOn = QDate(2025, 2, 1);
        QVERIFY(DocumentRepository(tdb.db()).save(d).ok());
        AppContext context(tdb.db(), tdb.clock());
        MainWindow window(context);
        window.show();
        Q_EMIT context.openTaskRequested(f.tasks.at(2));
        QCOMPARE(window.currentPage(), MainWindow::Supervision);
        auto *task = window.supervisionPage()->findChild<TaskDialog *>();
        QVERIFY(task);
        QCOMPARE(task->taskId(), f.tasks.at(2));
        task->close();
        Q_EMIT context.openDocumentRequested(d.id);
        QCOMPARE(window.currentPage(), MainWindow::Documents);
        auto *editor = window.documentsPage()->findChild<DocumentEditor *>();
        QVERIFY(editor);
        QCOMPARE(editor->documentId(), d.id);
        editor->close();
    }

    void statusBarNamesDatabaseAndDate()
    {
        Test::TestDatabase tdb;
        AppContext context(tdb.db(), tdb.clock());
        MainWindow window(context);
        window.show();
        const QString db = window.findChild<QLabel *>(QStringLiteral("databaseLabel"))->text();
        QVERIFY(db.contains(QDir::toNativeSeparators(tdb.path())));
        const QString asOf = window.findChild<QLabel *>(QStringLiteral("asOfLabel"))->text();
        QVERIFY2(asOf.contains(u"2025"), qPrintable(asOf));
    }

    void languageChangeRebuildsThePages()
    {
        Test::TestDatabase tdb;
        AppContext context(tdb.db(), tdb.clock());
        MainWindow window(context);
        window.show();
        window.showPage(MainWindow::Settings);
        QPointer<QWidget> oldRoster = window.page(MainWindow::Roster);
        auto *settings = qobject_cast<SettingsPage *>(window.page(MainWindow::Settings));
        QVERIFY(settings);
        Q_EMIT settings->languageChanged(QStringLiteral("en"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
        QCOMPARE(window.currentPage(), MainWindow::Settings); // the user stays where they were
        QVERIFY(window.page(MainWindow::Roster) != oldRoster);
        QTRY_VERIFY(oldRoster.isNull());
        QCOMPARE(window.findChild<QListWidget *>()->item(MainWindow::Roster)->text(),
                 QStringLiteral("Officers"));
    }

    void openOfficerRequestShowsTheRoster()
    {
        Test::TestDatabase tdb;
        const qint64 agency = Test::addAgency(tdb.db(), QStringLiteral("县应急管理局"));
        Test::OfficerSpec spec;
        spec.name = QStringLiteral("孙八");
        const qint64 id = Test::addOfficer(tdb.db(), agency, spec);
        AppContext context(tdb.db(), tdb.clock());
        MainWindow window(context);
        window.show();
        Q_EMIT context.openOfficerRequested(id);
        QCOMPARE(window.currentPage(), MainWindow::Roster);
        auto *dialog = window.findChild<OfficerDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->officerId(), id);
        dialog->reject();
    }

    // Writes docs/screenshots/roster-page.png and officer-dialog.png from the demo county
    // when JIANDU_SCREENSHOT_DIR is set (they are looked at, not compared).
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("JIANDU_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set JIANDU_SCREENSHOT_DIR to write the screenshots");
        I18n::install(QStringLiteral("zh_CN"));
        Test::TestDatabase tdb;
        Demo::Options options;
        options.today = tdb.clock().today();
        auto summary = Demo::generate(tdb.db(), options);
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().toString()));
        AppContext context(tdb.db(), tdb.clock());
        MainWindow window(context);
        window.resize(1440, 860);
        window.show();
        window.showPage(MainWindow::Roster);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(100);
        QVERIFY(window.grab().save(dir + QStringLiteral("/roster-page.png")));

        // The officer with the most records makes the fullest dialog.
        RosterPage *roster = window.rosterPage();
        OfficerDialog *dialog = roster->openOfficer(roster->model()->officerId(3));
        dialog->resize(900, 620);
        QTest::qWait(50);
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/officer-dialog.png")));
        dialog->findChild<QTabWidget *>()->setCurrentIndex(2);
        QTest::qWait(50);
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/officer-dialog-trainings.png")));
        dialog->reject();
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
