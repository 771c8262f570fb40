// 审计日志: the audit viewer pages the trail lazily, filters by user, record, action and time,
// shows a record's fields before → after with identity numbers masked, exports the filtered
// trail as CSV (an Export event), and verifies the chain.

#include "appcontext.h"
#include "demo/demodata.h"
#include "mainwindow.h"
#include "models/audittablemodel.h"
#include "pages/auditpage.h"
#include "pages/settingspage.h"
#include "storage/auditsearch.h"
#include "storage/audittrail.h"
#include "storage/autobackup.h"
#include "storage/transaction.h"
#include "support/testdatabase.h"
#include "util/i18n.h"
#include "widgets/backuppanel.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace Jiandu;

namespace {
const QString kId = QStringLiteral("110101199003071234");

void add(Database &db, const QString &actor, const QString &table, const QString &key,
         AuditEntry::Action action, const QJsonObject &before, const QJsonObject &after)
{
    db.setActor(actor);
    Transaction tx(db);
    QVERIFY(AuditTrail(db).record(table, key, action, before, after).ok());
    QVERIFY(tx.commit().ok());
}

void fill(Test::TestDatabase &t, int n)
{
    for (int i = 0; i < n; ++i)
        add(t.db(), i % 2 ? QStringLiteral("bob") : QStringLiteral("alice"),
            QStringLiteral("enforcement_case"), QStringLiteral("案%1").arg(i),
            AuditEntry::Action::Insert, {}, {{QStringLiteral("title"), QStringLiteral("案件")}});
    add(t.db(), QStringLiteral("carol"), QStringLiteral("officer"), kId, AuditEntry::Action::Update,
        {{QStringLiteral("name"), QStringLiteral("张三")}, {QStringLiteral("id_number"), kId}},
        {{QStringLiteral("name"), QStringLiteral("张三丰")}, {QStringLiteral("id_number"), kId}});
    t.db().setActor(QStringLiteral("auditor"));
}
} // namespace

class TestAuditPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pagesLazily()
    {
        Test::TestDatabase t;
        fill(t, 450);
        Ui::AuditTableModel model(t.db());
        model.setFilter({});
        QCOMPARE(model.rowCount(), Ui::AuditTableModel::kPageSize);
        model.waitForCount();
        const qint64 total = AuditTrail(t.db()).count().value();
        QCOMPARE(model.totalCount(), total);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * Ui::AuditTableModel::kPageSize);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), int(total));
        for (int i = 1; i < model.rowCount(); ++i)
            QVERIFY(model.entryAt(i)->id < model.entryAt(i - 1)->id);
    }

    void filterByActorNarrowsTheRows()
    {
        Test::TestDatabase t;
        fill(t, 20);
        Ui::AppContext context(t.db(), t.clock());
        Ui::AuditPage page(context);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const int all = page.model()->rowCount();
        QCOMPARE(all, int(AuditTrail(t.db()).count().value()));
        auto *actor = page.findChild<QComboBox *>(QStringLiteral("actorCombo"));
        const int bob = actor->findData(QStringLiteral("bob"));
        QVERIFY(bob > 0);
        actor->setCurrentIndex(bob);
        page.applyFilter();
        QCOMPARE(page.model()->rowCount(), 10);
        for (int row = 0; row < 10; ++row)
            QCOMPARE(page.model()->index(row, Ui::AuditTableModel::Actor).data().toString(),
                     QStringLiteral("bob"));

        // The record filter: kind + key text; the key column is masked.
        page.clearFilter();
        auto *kind = page.findChild<QComboBox *>(QStringLiteral("kindCombo"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("officer")));
        page.findChild<QLineEdit *>(QStringLiteral("keyEdit"))->setText(QStringLiteral("19900307"));
        page.applyFilter();
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->index(0, Ui::AuditTableModel::Record).data().toString(),
                 QStringLiteral("110101********1234"));
        QCOMPARE(page.model()->index(0, Ui::AuditTableModel::Kind).data().toString(),
                 QStringLiteral("Officer"));

        // The detail pane: only the changed field, masked numbers nowhere.
        auto *view = page.findChild<QTableView *>(QStringLiteral("auditView"));
        view->setCurrentIndex(page.model()->index(0, 0));
        auto *detail = page.findChild<QTableWidget *>(QStringLiteral("detailTable"));
        QCOMPARE(detail->rowCount(), 1);
        QCOMPARE(detail->item(0, 0)->text(), QStringLiteral("name"));
        QCOMPARE(detail->item(0, 1)->text(), QStringLiteral("张三"));
        QCOMPARE(detail->item(0, 2)->text(), QStringLiteral("张三丰"));
        QVERIFY(!page.findChild<QLabel *>(QStringLiteral("detailTitle"))->text().contains(kId));

        // The action filter.
        page.clearFilter();
        auto *action = page.findChild<QComboBox *>(QStringLiteral("actionCombo"));
        action->setCurrentIndex(action->findData(int(AuditEntry::Action::Update)));
        page.applyFilter();
        QCOMPARE(page.model()->rowCount(), 1);
    }

    void exportWritesTheRowsAndIsAudited()
    {
        Test::TestDatabase t;
        fill(t, 20);
        Ui::AppContext context(t.db(), t.clock());
        Ui::AuditPage page(context);
        page.show();
        auto *actor = page.findChild<QComboBox *>(QStringLiteral("actorCombo"));
        actor->setCurrentIndex(actor->findData(QStringLiteral("alice")));
        page.applyFilter();
        const QString path = t.filePath(QStringLiteral("audit.csv"));
        QVERIFY(page.exportTo(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines =
            QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 10);
        QVERIFY(lines.first().contains(QStringLiteral("User")));
        QVERIFY(lines.at(1).contains(QStringLiteral("alice")));

        // The export is on top of the trail, by the user who made it.
        page.clearFilter();
        const QModelIndex top = page.model()->index(0, Ui::AuditTableModel::Action);
        QCOMPARE(top.data().toString(), AuditView::actionLabel(AuditEntry::Action::Export));
        QCOMPARE(page.model()->entryAt(0)->actor, QStringLiteral("auditor"));
        QCOMPARE(page.model()->entryAt(0)->after.value(QStringLiteral("rows")).toInt(), 10);
    }

    void verifyShowsTheHead()
    {
        Test::TestDatabase t;
        fill(t, 5);
        Ui::AppContext context(t.db(), t.clock());
        Ui::AuditPage page(context);
        const QString text = page.verifyChain();
        QVERIFY2(text.contains(AuditTrail(t.db()).headHash().value()), qPrintable(text));
    }

    void mainWindowHasTheAuditPageBeforeSettings()
    {
        Test::TestDatabase t;
        Ui::AppContext context(t.db(), t.clock());
        Ui::MainWindow window(context);
        QVERIFY(qobject_cast<Ui::AuditPage *>(window.page(Ui::MainWindow::Audit)));
        QCOMPARE(int(Ui::MainWindow::Audit) + 1, int(Ui::MainWindow::Settings));
    }

    // Writes docs/screenshots/audit.png and backup-settings.png from the demo county when
    // JIANDU_SCREENSHOT_DIR is set (they are looked at, not compared).
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
        QVERIFY(summary.ok());
        tdb.db().setActor(QStringLiteral("王科长"));
        auto settings = Backup::autoSettings(tdb.db());
        QVERIFY(Backup::makeBackup(tdb.db(), settings, Backup::Kind::Manual).ok());
        tdb.clock().set(tdb.clock().now().addSecs(3600));
        QVERIFY(Backup::makeBackup(tdb.db(), settings, Backup::Kind::Automatic).ok());
        Ui::AppContext context(tdb.db(), tdb.clock());
        Ui::MainWindow window(context);
        window.resize(1440, 860);
        window.show();
        window.showPage(Ui::MainWindow::Audit);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *page = qobject_cast<Ui::AuditPage *>(window.page(Ui::MainWindow::Audit));
        auto *view = page->findChild<QTableView *>(QStringLiteral("auditView"));
        for (int row = 0; row < page->model()->rowCount(); ++row)
            if (page->model()->entryAt(row)->action == AuditEntry::Action::Update) {
                view->setCurrentIndex(page->model()->index(row, 0));
                break;
            }
        QTest::qWait(100);
        QVERIFY(window.grab().save(dir + QStringLiteral("/audit.png")));

        window.showPage(Ui::MainWindow::Settings);
        auto *settingsPage =
            qobject_cast<Ui::SettingsPage *>(window.page(Ui::MainWindow::Settings));
        QSignalSpy checked(settingsPage->backupPanel(), &Ui::BackupPanel::listChecked);
        settingsPage->backupPanel()->refreshList();
        QVERIFY(checked.wait(20000));
        settingsPage->findChild<QScrollArea *>(QStringLiteral("settingsScroll"))
            ->ensureWidgetVisible(settingsPage->backupPanel());
        QTest::qWait(100);
        QVERIFY(window.grab().save(dir + QStringLiteral("/backup-settings.png")));
    }
};

QTEST_MAIN(TestAuditPage)
#include "tst_auditpage.moc"
