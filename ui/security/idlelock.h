#pragma once

#include "storage/accountrepository.h"

#include <QDialog>
#include <QList>
#include <QObject>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace Jiandu::Ui {

class AppContext;
class UnlockDialog;

// The idle lock (accounts mode): after `accounts.idle_lock_minutes` (setting table, 1–240,
// default 15: AccountRepository::idleLockMinutes) without keyboard or mouse input anywhere in the application, every window is
// covered and an application-modal UnlockDialog asks for the same account's password
// (Authenticator::unlockScreen: failures count toward the account's lock) or offers to log
// out. Input is watched by an application-wide event filter. Tests set the interval in
// milliseconds or call lockNow().
class IdleLock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleLock)

public:
    static constexpr int kDefaultMinutes = AccountRepository::kDefaultIdleLockMinutes;

    explicit IdleLock(AppContext &context, QObject *parent = nullptr);
    ~IdleLock() override;

    // The setting's key in the `setting` table.
    static QString settingKey();
    // The stored minutes (default 15).
    static int storedMinutes(AppContext &context);

    // Milliseconds of idleness before the lock; 0 turns it off. Reloaded from the setting
    // when the session or the settings change.
    void setIntervalMs(int milliseconds);
    [[nodiscard]] int intervalMs() const;
    [[nodiscard]] bool isLocked() const { return m_dialog != nullptr; }
    [[nodiscard]] UnlockDialog *dialog() const { return m_dialog; }

public Q_SLOTS:
    // Locks at once (accounts mode only; single-user mode has no password to ask).
    void lockNow();
    // Re-reads the setting and restarts the countdown.
    void reload();

Q_SIGNALS:
    void locked();
    void unlocked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void cover();
    void uncover();
    void finish(bool loggedOut);

    AppContext &m_context;
    QTimer *m_timer;
    QPointer<UnlockDialog> m_dialog;
    QList<QPointer<QWidget>> m_covers;
};

// The dialog over the covered windows: the account, its password, 解锁 / 注销.
class UnlockDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnlockDialog)

public:
    explicit UnlockDialog(AppContext &context, QWidget *parent = nullptr);

    [[nodiscard]] QString errorText() const;

public Q_SLOTS:
    // Checks the entered password; true (and accepts) when it is the account's.
    bool tryUnlock();

    void reject() override; // Esc or the close button: stays locked

Q_SIGNALS:
    void logoutRequested();

private:
    AppContext &m_context;
    QLineEdit *m_password;
    QLabel *m_error;
};

} // namespace Jiandu::Ui
