#include "mainwindow.h"

#include "appcontext.h"
#include "pages/auditpage.h"
#include "pages/casespage.h"
#include "pages/dashboardpage.h"
#include "pages/documentspage.h"
#include "pages/reportpage.h"
#include "pages/reviewpage.h"
#include "pages/rosterpage.h"
#include "pages/settingspage.h"
#include "pages/supervisionpage.h"
#include "storage/database.h"
#include "util/format.h"
#include "util/i18n.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace Jiandu::Ui {

namespace {

const char *const kIcons[MainWindow::PageCount] = {"dashboard", "roster",      "cases",
                                                   "review",    "supervision", "documents",
                                                   "report",    "audit",       "settings"};

QString pageTitle(MainWindow::Page page)
{
    switch (page) {
    case MainWindow::Dashboard:
        return MainWindow::tr("Dashboard");
    case MainWindow::Roster:
        return MainWindow::tr("Officers");
    case MainWindow::Cases:
        return MainWindow::tr("Cases");
    case MainWindow::Review:
        return MainWindow::tr("Case-file review");
    case MainWindow::Supervision:
        return MainWindow::tr("Supervision and rectification");
    case MainWindow::Documents:
        return MainWindow::tr("Supervision documents");
    case MainWindow::Report:
        return MainWindow::tr("Annual report");
    case MainWindow::Audit:
        return MainWindow::tr("Audit log");
    case MainWindow::Settings:
        return MainWindow::tr("Settings");
    case MainWindow::PageCount:
        break;
    }
    return {};
}

// What the pages that are not built yet will hold, in the office's own terms.

} // namespace

MainWindow::MainWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent), m_context(context), m_nav(new QListWidget(this)),
      m_stack(new QStackedWidget(this)), m_dbLabel(new QLabel(this)), m_asOfLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setIconSize(QSize(22, 22));
    m_nav->setSpacing(2);
    m_nav->setFixedWidth(220);
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setStyleSheet(
        QStringLiteral("QListWidget { background: #eceff1; padding-top: 8px; outline: 0; }"
                       "QListWidget::item { padding: 8px 6px; }"
                       "QListWidget::item:selected { background: #cfd8dc; color: #102027; }"));
    for (int i = 0; i < PageCount; ++i)
        m_nav->addItem(new QListWidgetItem(
            QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(kIcons[i]))), QString()));
    m_stack->setObjectName(QStringLiteral("pages"));
    buildPages();

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_dbLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_asOfLabel->setObjectName(QStringLiteral("asOfLabel"));
    statusBar()->addWidget(m_dbLabel, 1);
    statusBar()->addPermanentWidget(m_asOfLabel);
    buildMenus();
    retranslateUi();

    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_stack, &QStackedWidget::currentChanged, this, &MainWindow::updateStatus);
    connect(&m_context, &AppContext::openCaseRequested, this, [this](qint64 caseId) {
        showPage(Cases);
        casesPage()->openCase(caseId);
    });
    connect(&m_context, &AppContext::openReportRequested, this, [this](int year) {
        showPage(Report);
        auto *report = qobject_cast<ReportPage *>(page(Report));
        report->setYear(year);
        report->setAgency(std::nullopt);
        report->compute();
    });
    connect(&m_context, &AppContext::openOfficerRequested, this, &MainWindow::openOfficer);
    connect(&m_context, &AppContext::showAgencyRequested, this, [this](qint64 agencyId) {
        showPage(Roster);
        rosterPage()->selectAgency(agencyId);
    });
    connect(&m_context, &AppContext::openTaskRequested, this, &MainWindow::openTask);
    connect(&m_context, &AppContext::openDocumentRequested, this, &MainWindow::openDocument);
    connect(&m_context, &AppContext::dataChanged, this, &MainWindow::updateStatus);
    connect(&m_context, &AppContext::sessionChanged, this, &MainWindow::applyPermissions);
    showPage(Dashboard);
    applyPermissions();
    resize(1280, 800);
}

// (Re)creates the pages, so that a language change reaches every page's texts.
void MainWindow::buildPages()
{
    const int current = m_stack->currentIndex();
    while (m_stack->count() > 0) {
        QWidget *old = m_stack->widget(0);
        m_stack->removeWidget(old);
        old->deleteLater(); // may be the sender of the signal being handled
    }
    for (int i = 0; i < PageCount; ++i) {
        const auto p = Page(i);
        QWidget *w = nullptr;
        if (p == Dashboard)
            w = new DashboardPage(m_context, m_stack);
        else if (p == Report)
            w = new ReportPage(m_context, m_stack);
        else if (p == Roster)
            w = new RosterPage(m_context, m_stack);
        else if (p == Cases)
            w = new CasesPage(m_context, m_stack);
        else if (p == Review)
            w = new ReviewPage(m_context, m_stack);
        else if (p == Supervision)
            w = new SupervisionPage(m_context, m_stack);
        else if (p == Documents)
            w = new DocumentsPage(m_context, m_stack);
        else if (p == Audit)
            w = new AuditPage(m_context, m_stack);
        else
            w = new SettingsPage(m_context, m_stack);
        w->setObjectName(QStringLiteral("page_%1").arg(QLatin1String(kIcons[i])));
        m_stack->addWidget(w);
    }
    auto *dashboard = qobject_cast<DashboardPage *>(m_stack->widget(Dashboard));
    connect(dashboard, &DashboardPage::openCasesFiledIn, this, [this](int year, int month) {
        showPage(Cases);
        casesPage()->showFiledIn(year, month);
    });
    connect(dashboard, &DashboardPage::openTasks, this, [this](const QString &unit) {
        showPage(Supervision);
        supervisionPage()->showUnit(unit);
    });
    auto *settings = qobject_cast<SettingsPage *>(m_stack->widget(Settings));
    connect(settings, &SettingsPage::languageChanged, this, &MainWindow::changeLanguage);
    connect(settings, &SettingsPage::restoreRequested, this, &MainWindow::restoreRequested);
    if (current >= 0)
        m_stack->setCurrentIndex(current);
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseDatabase);
    m_openAction->setShortcut(QKeySequence::Open);
    m_fileMenu->addSeparator();
    buildAccountActions();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Jiandu — Law-enforcement supervision ledger"));
    for (int i = 0; i < PageCount; ++i)
        m_nav->item(i)->setText(pageTitle(Page(i)));
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open database…"));
    m_quitAction->setText(tr("&Quit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Jiandu"));
    retranslateAccountActions();
    updateStatus();
}

void MainWindow::updateStatus()
{
    const QString path = QDir::toNativeSeparators(m_context.db().path());
    m_dbLabel->setText(tr("Database: %1").arg(path));
    m_asOfLabel->setText(tr("As of %1").arg(Format::longDate(m_context.today())));
    const int index = m_stack->currentIndex();
    if (index >= 0 && m_nav->currentRow() != index)
        m_nav->setCurrentRow(index);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_stack->currentIndex());
}

QWidget *MainWindow::page(Page p) const
{
    return m_stack->widget(p);
}

RosterPage *MainWindow::rosterPage() const
{
    return qobject_cast<RosterPage *>(m_stack->widget(Roster));
}

CasesPage *MainWindow::casesPage() const
{
    return qobject_cast<CasesPage *>(m_stack->widget(Cases));
}

SupervisionPage *MainWindow::supervisionPage() const
{
    return qobject_cast<SupervisionPage *>(m_stack->widget(Supervision));
}

DocumentsPage *MainWindow::documentsPage() const
{
    return qobject_cast<DocumentsPage *>(m_stack->widget(Documents));
}

void MainWindow::showPage(Page p)
{
    m_nav->setCurrentRow(p);
    m_stack->setCurrentIndex(p);
}

void MainWindow::openOfficer(qint64 officerId)
{
    showPage(Roster);
    rosterPage()->openOfficer(officerId);
}

void MainWindow::openTask(qint64 taskId)
{
    showPage(Supervision);
    supervisionPage()->openTask(taskId);
}

void MainWindow::openDocument(qint64 documentId)
{
    showPage(Documents);
    documentsPage()->openDocument(documentId);
}

// Installs the translator at once; the shell retranslates through changeEvent and the
// pages are rebuilt, so no restart is needed.
void MainWindow::changeLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
    I18n::install(language);
    buildPages();
    retranslateUi();
    applyPermissions();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_fileMenu)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::chooseDatabase()
{
    const QString folder = QFileInfo(m_context.db().path()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open database"), folder, tr("Jiandu database (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        Q_EMIT openDatabaseRequested(path);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Jiandu"),
        tr("<h3>Jiandu %1</h3><p>The supervision ledger of administrative law enforcement "
           "(行政执法监督台账) for a justice bureau's supervision office.</p>"
           "<p>Database schema %2.</p>")
            .arg(QStringLiteral(JIANDU_VERSION))
            .arg(m_context.db().schemaVersion()));
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

} // namespace Jiandu::Ui
