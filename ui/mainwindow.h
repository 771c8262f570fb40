#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace Jiandu::Ui {

class AppContext;
class CasesPage;
class DocumentsPage;
class RosterPage;
class SupervisionPage;

// The main window: a navigation sidebar (工作台, 执法人员, 执法案件, 案卷评查, 监督与整改,
// 监督文书, 年度报告, 审计日志, 设置) beside a stack of pages, a status bar with the database and
// the as-of date, and the 文件 / 帮助 menus.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum Page
    {
        Dashboard,
        Roster,
        Cases,
        Review,
        Supervision,
        Documents,
        Report,
        Audit,
        Settings,
        PageCount
    };

    explicit MainWindow(AppContext &context, QWidget *parent = nullptr);

    [[nodiscard]] Page currentPage() const;
    [[nodiscard]] QWidget *page(Page page) const;
    [[nodiscard]] RosterPage *rosterPage() const;
    [[nodiscard]] CasesPage *casesPage() const;
    [[nodiscard]] SupervisionPage *supervisionPage() const;
    [[nodiscard]] DocumentsPage *documentsPage() const;

    // Window geometry and toolbar/dock state, from and to QSettings.
    void restoreWindowState();
    void saveWindowState() const;

public Q_SLOTS:
    void showPage(Page page);
    // Accounts (mainwindowaccess.cpp): hides the pages the role may not see, shows who is
    // logged in, offers 修改密码… and 注销. On every session change.
    void applyPermissions();
    void openOfficer(qint64 officerId);
    void openTask(qint64 taskId);
    void openDocument(qint64 documentId);

Q_SIGNALS:
    // The user picked another database file (文件 → 打开数据库…); the application reopens on it.
    void openDatabaseRequested(const QString &path);
    // The user confirmed restoring a verified backup (设置 → 备份与恢复); the application
    // closes the database, restores it and restarts on the restored file.
    void restoreRequested(const QString &backupFile);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildPages();
    void retranslateUi();
    void updateStatus();
    void changeLanguage(const QString &language);
    void chooseDatabase();
    void showAbout();
    void buildAccountActions();
    void retranslateAccountActions();
    void changePassword();

    AppContext &m_context;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QLabel *m_dbLabel;
    QLabel *m_asOfLabel;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_passwordAction = nullptr;
    QAction *m_logoutAction = nullptr;
    QLabel *m_sessionLabel = nullptr;
};

} // namespace Jiandu::Ui
