#pragma once

#include <QWidget>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Jiandu::Ui {

class AccountTableModel;
class AppContext;

// 用户与权限 (Settings): in single-user mode a form that turns accounts on with a first
// administrator (user name, 姓名, password twice); with accounts on, the list of accounts
// (add, edit, reset password, unlock), turning accounts off, and the idle-lock minutes.
// For ManageUsers (the idle lock: ManageSettings); the Settings page hides it from others.
class UsersPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPanel)

public:
    explicit UsersPanel(AppContext &context, QWidget *parent = nullptr);

    [[nodiscard]] AccountTableModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QString message() const;

public Q_SLOTS:
    void reload();
    // The form of single-user mode: creates the administrator, turns accounts on and logs
    // in as that administrator. False (and the problem under its field) when refused.
    bool enableAccounts();
    // Back to single-user mode after a confirmation (`confirm` false: none, for tests).
    bool disableAccounts(bool confirm = true);
    void addAccount();
    void editAccount();
    void resetPassword();
    bool unlockAccount();
    bool saveIdleLock();
    void applyPermissions();

private:
    QWidget *buildEnableForm();
    QWidget *buildAccountList();
    QWidget *buildIdleLock();
    void updateButtons();
    void setMessage(const QString &text, bool error);
    [[nodiscard]] int currentRow() const;

    AppContext &m_context;
    AccountTableModel *m_model;
    QGroupBox *m_enableBox = nullptr;
    QGroupBox *m_listBox = nullptr;
    QGroupBox *m_lockBox = nullptr;
    QLineEdit *m_adminUsername = nullptr;
    QLineEdit *m_adminName = nullptr;
    QLineEdit *m_adminPassword = nullptr;
    QLineEdit *m_adminRepeat = nullptr;
    QLabel *m_adminUsernameProblem = nullptr;
    QLabel *m_adminNameProblem = nullptr;
    QLabel *m_adminPasswordProblem = nullptr;
    QLabel *m_adminRepeatProblem = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_unlock = nullptr;
    QPushButton *m_disable = nullptr;
    QSpinBox *m_idleMinutes = nullptr;
    QPushButton *m_saveIdle = nullptr;
    QLabel *m_message;
};

} // namespace Jiandu::Ui
