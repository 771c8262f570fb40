#include "userspanel.h"

#include "accountdialog.h"
#include "appcontext.h"
#include "dialogs/fieldproblem.h"
#include "idlelock.h"
#include "models/accounttablemodel.h"
#include "permissiongate.h"
#include "security/authenticator.h"
#include "security/password.h"
#include "security/session.h"
#include "sessionflow.h"
#include "storage/accountrepository.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace Jiandu::Ui {

using Security::Permission;

namespace {

QLineEdit *lineEdit(QWidget *parent, const char *name, bool password = false)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    if (password)
        edit->setEchoMode(QLineEdit::Password);
    return edit;
}

QLabel *problemLabel(QWidget *parent, const char *name)
{
    QLabel *label = FieldProblem::label(parent);
    label->setObjectName(QString::fromLatin1(name));
    return label;
}

} // namespace

UsersPanel::UsersPanel(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new AccountTableModel(context.db(), this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("usersPanel"));
    m_message->setObjectName(QStringLiteral("usersMessage"));
    m_message->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildEnableForm());
    layout->addWidget(buildAccountList(), 1);
    layout->addWidget(buildIdleLock());
    layout->addWidget(m_message);
    connect(&m_context, &AppContext::sessionChanged, this, &UsersPanel::reload);
    connect(&m_context, &AppContext::dataChanged, this, [this](const QString &table) {
        if (table == u"user_account")
            reload();
    });
    reload();
}

QWidget *UsersPanel::buildEnableForm()
{
    m_enableBox = new QGroupBox(tr("Accounts are off"), this);
    m_enableBox->setObjectName(QStringLiteral("enableAccountsBox"));
    auto *intro = new QLabel(
        tr("Jiandu runs in single-user mode: no login, every right. Turn accounts on to have "
           "everyone log in with their own account and role; every change is then recorded "
           "under the account's name. Start with the first administrator:"),
        m_enableBox);
    intro->setWordWrap(true);
    m_adminUsername = lineEdit(m_enableBox, "adminUsernameEdit");
    m_adminName = lineEdit(m_enableBox, "adminNameEdit");
    m_adminPassword = lineEdit(m_enableBox, "adminPasswordEdit", true);
    m_adminRepeat = lineEdit(m_enableBox, "adminRepeatEdit", true);
    m_adminUsernameProblem = problemLabel(m_enableBox, "adminUsernameProblem");
    m_adminNameProblem = problemLabel(m_enableBox, "adminNameProblem");
    m_adminPasswordProblem = problemLabel(m_enableBox, "adminPasswordProblem");
    m_adminRepeatProblem = problemLabel(m_enableBox, "adminRepeatProblem");
    m_adminUsername->setPlaceholderText(tr("e.g. admin"));
    auto *form = new QFormLayout;
    form->addRow(tr("User name"), FieldProblem::wrap(m_adminUsername, m_adminUsernameProblem));
    form->addRow(tr("Name"), FieldProblem::wrap(m_adminName, m_adminNameProblem));
    form->addRow(tr("Password"), FieldProblem::wrap(m_adminPassword, m_adminPasswordProblem));
    form->addRow(tr("Password again"), FieldProblem::wrap(m_adminRepeat, m_adminRepeatProblem));
    auto *enable = new QPushButton(tr("Turn accounts on"), m_enableBox);
    enable->setObjectName(QStringLiteral("enableAccountsButton"));
    connect(enable, &QPushButton::clicked, this, &UsersPanel::enableAccounts);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(enable);
    auto *layout = new QVBoxLayout(m_enableBox);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(buttons);
    return m_enableBox;
}

QWidget *UsersPanel::buildAccountList()
{
    m_listBox = new QGroupBox(tr("Accounts"), this);
    m_listBox->setObjectName(QStringLiteral("accountsBox"));
    m_table = new QTableView(m_listBox);
    m_table->setObjectName(QStringLiteral("accountTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    const auto button = [this](const QString &text, const char *name, auto slot) {
        auto *b = new QPushButton(text, m_listBox);
        b->setObjectName(QString::fromLatin1(name));
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    m_add = button(tr("Add…"), "addAccountButton", [this] { addAccount(); });
    m_edit = button(tr("Edit…"), "editAccountButton", [this] { editAccount(); });
    m_reset = button(tr("Reset password…"), "resetPasswordButton", [this] { resetPassword(); });
    m_unlock = button(tr("Unlock"), "unlockAccountButton", [this] { unlockAccount(); });
    m_disable =
        button(tr("Turn accounts off…"), "disableAccountsButton", [this] { disableAccounts(); });
    connect(m_table, &QTableView::doubleClicked, this, &UsersPanel::editAccount);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPanel::updateButtons);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_reset, m_unlock})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_disable);
    auto *layout = new QVBoxLayout(m_listBox);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    return m_listBox;
}

QWidget *UsersPanel::buildIdleLock()
{
    m_lockBox = new QGroupBox(tr("Screen lock"), this);
    m_lockBox->setObjectName(QStringLiteral("idleLockBox"));
    m_idleMinutes = new QSpinBox(m_lockBox);
    m_idleMinutes->setObjectName(QStringLiteral("idleLockSpin"));
    m_idleMinutes->setRange(1, AccountRepository::kMaxIdleLockMinutes);
    m_idleMinutes->setSuffix(tr(" minutes"));
    m_saveIdle = new QPushButton(tr("Save"), m_lockBox);
    m_saveIdle->setObjectName(QStringLiteral("saveIdleLockButton"));
    connect(m_saveIdle, &QPushButton::clicked, this, &UsersPanel::saveIdleLock);
    auto *layout = new QHBoxLayout(m_lockBox);
    layout->addWidget(new QLabel(tr("Lock the window after"), m_lockBox));
    layout->addWidget(m_idleMinutes);
    layout->addWidget(new QLabel(tr("without use"), m_lockBox));
    layout->addStretch(1);
    layout->addWidget(m_saveIdle);
    return m_lockBox;
}

QString UsersPanel::message() const
{
    return m_message->text();
}

void UsersPanel::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

void UsersPanel::reload()
{
    const bool on = SessionFlow::accountsEnabled(m_context);
    m_enableBox->setVisible(!on);
    m_listBox->setVisible(on);
    m_lockBox->setVisible(on);
    if (on && m_context.can(Permission::ManageUsers)) {
        m_model->reload(m_context.db().clock().now());
        if (!m_model->lastError().isEmpty())
            setMessage(m_model->lastError(), true);
        m_table->resizeColumnsToContents();
    }
    m_idleMinutes->setValue(IdleLock::storedMinutes(m_context));
    applyPermissions();
}

int UsersPanel::currentRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void UsersPanel::updateButtons()
{
    const UserAccount *a = m_model->account(currentRow());
    m_edit->setEnabled(a != nullptr);
    m_reset->setEnabled(a != nullptr);
    m_unlock->setEnabled(a && (a->failedLogins > 0 || a->lockedUntil.isValid()));
}

void UsersPanel::applyPermissions()
{
    for (QWidget *w : {static_cast<QWidget *>(m_enableBox), static_cast<QWidget *>(m_add),
                       static_cast<QWidget *>(m_edit), static_cast<QWidget *>(m_reset),
                       static_cast<QWidget *>(m_unlock), static_cast<QWidget *>(m_disable)})
        PermissionGate::gate(w, m_context, Permission::ManageUsers);
    PermissionGate::gate(m_lockBox, m_context, Permission::ManageSettings);
    updateButtons();
}

bool UsersPanel::enableAccounts()
{
    const QString username = m_adminUsername->text().trimmed();
    const QString name = m_adminName->text().simplified();
    QString password = m_adminPassword->text();
    FieldProblem::show(m_adminUsernameProblem,
                       username.isEmpty() ? tr("Enter the administrator's user name.") : QString());
    FieldProblem::show(m_adminNameProblem,
                       name.isEmpty() ? tr("Enter the administrator's name.") : QString());
    FieldProblem::show(m_adminPasswordProblem, Security::Password::policyProblem(password));
    FieldProblem::show(m_adminRepeatProblem, m_adminRepeat->text() != password
                                                 ? tr("The two entries differ.")
                                                 : QString());
    for (QLabel *l : {m_adminUsernameProblem, m_adminNameProblem, m_adminPasswordProblem,
                      m_adminRepeatProblem}) {
        if (!l->isHidden()) {
            Security::Password::wipe(password);
            setMessage(tr("Accounts were not turned on: correct the field marked in red."), true);
            return false;
        }
    }
    Database &db = m_context.db();
    Transaction tx(db);
    auto created = AccountRepository(db).enableAccounts(username, name, password);
    VoidResult result = created ? tx.commit() : VoidResult(created.error());
    if (!result) {
        Security::Password::wipe(password);
        // The repository names the field in its context, in its own translation.
        const auto names = [&result](const char *field) {
            return result.error().context ==
                   QCoreApplication::translate("AccountRepository", field);
        };
        QLabel *field = names("Password")   ? m_adminPasswordProblem
                        : names("Username") ? m_adminUsernameProblem
                                            : nullptr;
        if (field)
            FieldProblem::show(field, result.error().message);
        setMessage(tr("Accounts were not turned on. %1").arg(result.error().toString()), true);
        return false;
    }
    // The administrator who turned accounts on goes on working as that account.
    auto login = Security::Authenticator(db).login(username, password);
    Security::Password::wipe(password);
    for (QLineEdit *e : {m_adminPassword, m_adminRepeat})
        e->clear();
    if (login)
        m_context.setSession(login.value().session);
    m_context.notifyDataChanged(QStringLiteral("user_account"));
    setMessage(
        tr("Accounts are on. You are logged in as %1; from now on everyone logs in.").arg(username),
        false);
    return true;
}

bool UsersPanel::disableAccounts(bool confirm)
{
    if (confirm &&
        QMessageBox::question(this, tr("Turn accounts off"),
                              tr("Back to single-user mode: Jiandu will no longer ask for a "
                                 "login and everyone will have every right. The accounts are "
                                 "kept. Turn accounts off?")) != QMessageBox::Yes)
        return false;
    Transaction tx(m_context.db());
    VoidResult result = AccountRepository(m_context.db()).disableAccounts();
    if (result)
        result = tx.commit();
    if (!result) {
        setMessage(tr("Accounts were not turned off. %1").arg(result.error().toString()), true);
        return false;
    }
    Security::Authenticator(m_context.db()).logout(); // audited
    m_context.setSession(nullptr);
    setMessage(tr("Accounts are off: Jiandu runs in single-user mode."), false);
    return true;
}

void UsersPanel::addAccount()
{
    AccountDialog dialog(m_context, std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted)
        setMessage(tr("The account was created."), false);
}

void UsersPanel::editAccount()
{
    const UserAccount *a = m_model->account(currentRow());
    if (!a)
        return;
    AccountDialog dialog(m_context, *a, this);
    if (dialog.exec() == QDialog::Accepted)
        setMessage(tr("The account was saved."), false);
}

void UsersPanel::resetPassword()
{
    const UserAccount *a = m_model->account(currentRow());
    if (!a)
        return;
    ResetPasswordDialog dialog(m_context, *a, this);
    if (dialog.exec() == QDialog::Accepted)
        setMessage(tr("The password was reset."), false);
}

bool UsersPanel::unlockAccount()
{
    const UserAccount *a = m_model->account(currentRow());
    if (!a)
        return false;
    const QString username = a->username;
    Transaction tx(m_context.db());
    VoidResult result = AccountRepository(m_context.db()).unlock(a->id);
    if (result)
        result = tx.commit();
    if (!result) {
        setMessage(tr("The account was not unlocked. %1").arg(result.error().toString()), true);
        return false;
    }
    m_context.notifyDataChanged(QStringLiteral("user_account"));
    setMessage(tr("%1 can log in again.").arg(username), false);
    return true;
}

bool UsersPanel::saveIdleLock()
{
    Transaction tx(m_context.db());
    VoidResult result =
        AccountRepository(m_context.db()).setIdleLockMinutes(m_idleMinutes->value());
    if (result)
        result = tx.commit();
    if (!result) {
        setMessage(tr("The screen lock was not saved. %1").arg(result.error().toString()), true);
        return false;
    }
    m_context.notifyDataChanged(QStringLiteral("setting"));
    setMessage(tr("The window locks after %1 minutes without use.").arg(m_idleMinutes->value()),
               false);
    return true;
}

} // namespace Jiandu::Ui
