#include "logindialog.h"

#include "appcontext.h"
#include "dialogs/fieldproblem.h"
#include "security/password.h"
#include "security/session.h"
#include "storage/database.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Jiandu::Ui {

LoginDialog::LoginDialog(AppContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_username(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_error(FieldProblem::label(this)), m_login(nullptr)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Jiandu — Log in"));
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("loginError"));

    auto *title = new QLabel(tr("<h3>Law-enforcement supervision ledger</h3>"), this);
    auto *database =
        new QLabel(tr("Database: %1").arg(QFileInfo(context.db().path()).fileName()), this);
    database->setStyleSheet(QStringLiteral("color: #607d8b;"));
    auto *form = new QFormLayout;
    form->addRow(tr("User name"), m_username);
    form->addRow(tr("Password"), m_password);

    auto *buttons = new QDialogButtonBox(this);
    m_login = buttons->addButton(tr("Log in"), QDialogButtonBox::AcceptRole);
    m_login->setObjectName(QStringLiteral("loginButton"));
    m_login->setDefault(true);
    auto *quit = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitButton"));
    connect(m_login, &QPushButton::clicked, this, &LoginDialog::tryLogin);
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(database);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

LoginDialog::~LoginDialog()
{
    Security::Password::wipe(m_kept);
}

QString LoginDialog::takePassword()
{
    QString kept = m_kept;
    Security::Password::wipe(m_kept);
    m_kept.clear();
    return kept;
}

QString LoginDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LoginDialog::setUsername(const QString &username)
{
    m_username->setText(username);
    m_password->setFocus();
}

bool LoginDialog::tryLogin()
{
    const QString username = m_username->text().trimmed();
    QString password = m_password->text();
    if (username.isEmpty()) {
        FieldProblem::show(m_error, tr("Enter your user name."));
        m_username->setFocus();
        return false;
    }
    auto result = Security::Authenticator(m_context.db()).login(username, password);
    if (result && result.value().mustChangePassword)
        m_kept = QString(password.constData(), password.size()); // a deep copy
    Security::Password::wipe(password);
    m_password->clear();
    if (!result) {
        FieldProblem::show(m_error, result.error().message);
        m_password->clear();
        m_password->setFocus();
        return false;
    }
    FieldProblem::clear(m_error);
    m_outcome = result.value();
    accept();
    return true;
}

ChangePasswordDialog::ChangePasswordDialog(AppContext &context, bool forced,
                                           const QString &currentPassword, QWidget *parent)
    : QDialog(parent), m_context(context), m_knownCurrent(currentPassword),
      m_new(new QLineEdit(this)), m_repeat(new QLineEdit(this)), m_hint(new QLabel(this)),
      m_problem(FieldProblem::label(this)), m_ok(nullptr)
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change password"));
    auto *form = new QFormLayout;
    const auto session = context.session();
    if (session)
        form->addRow(tr("Account"), new QLabel(session->username, this));
    if (m_knownCurrent.isEmpty()) {
        m_current = new QLineEdit(this);
        m_current->setObjectName(QStringLiteral("currentPasswordEdit"));
        m_current->setEchoMode(QLineEdit::Password);
        form->addRow(tr("Current password"), m_current);
    }
    m_new->setObjectName(QStringLiteral("newPasswordEdit"));
    m_repeat->setObjectName(QStringLiteral("repeatPasswordEdit"));
    m_hint->setObjectName(QStringLiteral("policyHint"));
    m_problem->setObjectName(QStringLiteral("passwordProblem"));
    m_hint->setWordWrap(true);
    for (QLineEdit *e : {m_new, m_repeat})
        e->setEchoMode(QLineEdit::Password);
    form->addRow(tr("New password"), m_new);
    form->addRow(tr("New password again"), m_repeat);

    auto *intro = new QLabel(
        forced ? tr("Before you start, choose a new password of your own: the one you logged in "
                    "with was set by an administrator.")
               : tr("Choose a new password."),
        this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("Change password"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("changeButton"));
    m_ok->setDefault(true);
    auto *cancel =
        buttons->addButton(forced ? tr("Log out") : tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_ok, &QPushButton::clicked, this, &ChangePasswordDialog::tryChange);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_new, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateHint);
    connect(m_repeat, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateHint);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    updateHint();
}

ChangePasswordDialog::~ChangePasswordDialog()
{
    Security::Password::wipe(m_knownCurrent);
}

QString ChangePasswordDialog::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

// The policy as the user types: what is still missing, or that the two entries differ.
void ChangePasswordDialog::updateHint()
{
    const QString problem = Security::Password::policyProblem(m_new->text());
    if (m_new->text().isEmpty())
        m_hint->setText(tr("At least 8 characters, of at least 3 kinds: upper-case letters, "
                           "lower-case letters, digits, other characters."));
    else if (!problem.isEmpty())
        m_hint->setText(problem);
    else if (m_repeat->text() != m_new->text())
        m_hint->setText(tr("The password is strong enough; enter it again below."));
    else
        m_hint->setText(tr("The password is strong enough."));
    m_hint->setStyleSheet(!m_new->text().isEmpty() && !problem.isEmpty()
                              ? QStringLiteral("color: #c62828;")
                              : QStringLiteral("color: #2e7d32;"));
}

bool ChangePasswordDialog::tryChange()
{
    QString current = m_current ? m_current->text() : m_knownCurrent;
    QString next = m_new->text();
    QString problem;
    if (const QString policy = Security::Password::policyProblem(next); !policy.isEmpty())
        problem = tr("New password: %1").arg(policy);
    else if (m_repeat->text() != next)
        problem = tr("New password again: the two entries differ.");
    else if (next == current)
        problem = tr("New password: choose one that differs from the current password.");
    VoidResult result;
    if (problem.isEmpty())
        result = Security::Authenticator(m_context.db()).changePassword(current, next);
    Security::Password::wipe(current);
    Security::Password::wipe(next);
    if (problem.isEmpty() && !result)
        problem = result.error().toString();
    if (!problem.isEmpty()) {
        FieldProblem::show(m_problem, problem);
        return false;
    }
    FieldProblem::clear(m_problem);
    accept();
    return true;
}

} // namespace Jiandu::Ui
