#pragma once

#include "security/authenticator.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Jiandu::Ui {

class AppContext;

// 登录: username and password, 登录 / 退出. A refused login (wrong password with the attempts
// left, a locked account with until when, a disabled one) is explained in the dialog, which
// stays open. Accepted once Authenticator::login succeeded: the Database then holds the
// session; outcome() says whether the password must be changed first.
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    explicit LoginDialog(AppContext &context, QWidget *parent = nullptr);
    ~LoginDialog() override;

    [[nodiscard]] const Security::Authenticator::Outcome &outcome() const { return m_outcome; }
    // The last refusal shown, empty when none.
    [[nodiscard]] QString errorText() const;

    void setUsername(const QString &username);
    // After a login that must change its password: the password just used (then forgotten
    // here), so the forced change does not ask for it again.
    QString takePassword();

public Q_SLOTS:
    // Tries the entered name and password; true (and accepts) on success.
    bool tryLogin();

private:
    AppContext &m_context;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_login;
    Security::Authenticator::Outcome m_outcome;
    QString m_kept;
};

// 修改密码: the current password (when `askCurrent`), the new one twice, a live hint of what
// the policy still misses. Forced after the first login or a reset; also from 文件 → 修改密码….
class ChangePasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangePasswordDialog)

public:
    // `currentPassword`: the one just used to log in (the forced change does not ask again).
    ChangePasswordDialog(AppContext &context, bool forced, const QString &currentPassword = {},
                         QWidget *parent = nullptr);
    ~ChangePasswordDialog() override;

    [[nodiscard]] QString problemText() const;

public Q_SLOTS:
    // Validates and changes the password; true (and accepts) on success.
    bool tryChange();

private:
    void updateHint();

    AppContext &m_context;
    QString m_knownCurrent;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_new;
    QLineEdit *m_repeat;
    QLabel *m_hint;
    QLabel *m_problem;
    QPushButton *m_ok;
};

} // namespace Jiandu::Ui
