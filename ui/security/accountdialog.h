#pragma once

#include "storage/accountrepository.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Jiandu::Ui {

class AppContext;

// Adds an account (user name, 姓名, role, agency or all, an initial password twice, which
// must be changed at the first login) or edits one (role, 姓名, agency, disabled). A problem
// is shown under the field it concerns; nothing is written until every field is right.
class AccountDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDialog)

public:
    // `account` nullopt: a new account.
    AccountDialog(AppContext &context, const std::optional<UserAccount> &account,
                  QWidget *parent = nullptr);

    // Validates and writes in one transaction; false: nothing written, the problem shown.
    bool save();
    void accept() override;
    [[nodiscard]] qint64 savedId() const { return m_account.id; }

private:
    void showError(const Error &error);
    void clearProblems();

    AppContext &m_context;
    UserAccount m_account;
    bool m_new;
    QLineEdit *m_username;
    QLineEdit *m_name;
    QComboBox *m_role;
    QComboBox *m_agency;
    QCheckBox *m_disabled;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_usernameProblem;
    QLabel *m_nameProblem;
    QLabel *m_roleProblem;
    QLabel *m_agencyProblem;
    QLabel *m_passwordProblem = nullptr;
    QLabel *m_repeatProblem = nullptr;
    QLabel *m_problem;
};

// 重置密码: an administrator sets a new password for someone else (twice); the account must
// change it at its next login and is unlocked.
class ResetPasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResetPasswordDialog)

public:
    ResetPasswordDialog(AppContext &context, const UserAccount &account, QWidget *parent = nullptr);

    bool save();
    void accept() override;

private:
    AppContext &m_context;
    UserAccount m_account;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_passwordProblem;
    QLabel *m_repeatProblem;
    QLabel *m_problem;
};

} // namespace Jiandu::Ui
