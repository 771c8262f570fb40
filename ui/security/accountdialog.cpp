#include "accountdialog.h"

#include "appcontext.h"
#include "dialogs/fieldproblem.h"
#include "security/password.h"
#include "storage/agencyrepository.h"
#include "storage/transaction.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Jiandu::Ui {

namespace {

QLineEdit *passwordEdit(QWidget *parent, const char *name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

QLabel *problem(QWidget *parent, const char *name)
{
    QLabel *label = FieldProblem::label(parent);
    label->setObjectName(QString::fromLatin1(name));
    return label;
}

// The two password entries: the policy first, then that they match. Empty when fine.
std::pair<QString, QString> passwordProblems(const QString &password, const QString &repeat)
{
    if (const QString policy = Security::Password::policyProblem(password); !policy.isEmpty())
        return {policy, {}};
    if (repeat != password)
        return {{}, AccountDialog::tr("The two entries differ.")};
    return {};
}

// Which field an Error from AccountRepository names (its context, in the repository's
// own translation).
enum class Field
{
    Username,
    Name,
    Role,
    Agency,
    Password,
    Other
};
Field fieldOf(const Error &error)
{
    const auto is = [&error](const char *field) {
        return error.context == QCoreApplication::translate("AccountRepository", field);
    };
    if (is("Username"))
        return Field::Username;
    if (is("Agency"))
        return Field::Agency;
    if (is("Password") || is("Initial password") || is("New password"))
        return Field::Password;
    if (is("Name") || is("Display name"))
        return Field::Name;
    if (is("Role"))
        return Field::Role;
    return Field::Other;
}

} // namespace

AccountDialog::AccountDialog(AppContext &context, const std::optional<UserAccount> &account,
                             QWidget *parent)
    : QDialog(parent), m_context(context), m_account(account.value_or(UserAccount{})),
      m_new(!account), m_username(new QLineEdit(this)), m_name(new QLineEdit(this)),
      m_role(new QComboBox(this)), m_agency(new QComboBox(this)),
      m_disabled(new QCheckBox(tr("Disabled: the account cannot log in"), this)),
      m_usernameProblem(problem(this, "usernameProblem")),
      m_nameProblem(problem(this, "nameProblem")), m_roleProblem(problem(this, "roleProblem")),
      m_agencyProblem(problem(this, "agencyProblem")), m_problem(problem(this, "saveProblem"))
{
    setObjectName(QStringLiteral("accountDialog"));
    setWindowTitle(m_new ? tr("New account") : tr("Account: %1").arg(m_account.username));
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_name->setObjectName(QStringLiteral("displayNameEdit"));
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_agency->setObjectName(QStringLiteral("agencyCombo"));
    m_disabled->setObjectName(QStringLiteral("disabledCheck"));
    m_username->setMaxLength(32);
    m_username->setPlaceholderText(tr("2 to 32 letters, digits, '.', '_' or '-'"));
    for (const Security::Role role : Security::Access::roles())
        m_role->addItem(Security::Access::roleName(role), Security::Access::roleCode(role));
    m_agency->addItem(tr("All agencies"), qint64(0));
    if (auto agencies = AgencyRepository(context.db()).all())
        for (const Agency &a : agencies.value())
            m_agency->addItem(a.name, a.id);
    m_agency->setToolTip(tr("An account limited to one agency sees and changes only that "
                            "agency's records (a department's clerk)."));

    auto *form = new QFormLayout;
    form->addRow(tr("User name"), FieldProblem::wrap(m_username, m_usernameProblem));
    form->addRow(tr("Name"), FieldProblem::wrap(m_name, m_nameProblem));
    form->addRow(tr("Role"), FieldProblem::wrap(m_role, m_roleProblem));
    form->addRow(tr("Agency"), FieldProblem::wrap(m_agency, m_agencyProblem));
    if (m_new) {
        m_password = passwordEdit(this, "passwordEdit");
        m_repeat = passwordEdit(this, "repeatPasswordEdit");
        m_passwordProblem = problem(this, "passwordProblem");
        m_repeatProblem = problem(this, "repeatProblem");
        form->addRow(tr("Initial password"), FieldProblem::wrap(m_password, m_passwordProblem));
        form->addRow(tr("Initial password again"), FieldProblem::wrap(m_repeat, m_repeatProblem));
        m_disabled->hide();
        m_role->setCurrentIndex(
            m_role->findData(Security::Access::roleCode(Security::Role::Staff)));
    } else {
        m_username->setText(m_account.username);
        m_username->setReadOnly(true);
        m_name->setText(m_account.displayName);
        m_role->setCurrentIndex(m_role->findData(Security::Access::roleCode(m_account.role)));
        m_agency->setCurrentIndex(qMax(0, m_agency->findData(m_account.agencyId)));
        m_disabled->setChecked(m_account.disabled);
        form->addRow(QString(), m_disabled);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(m_new ? tr("Create") : tr("Save"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    if (m_new) {
        auto *intro = new QLabel(tr("The new user must change the initial password at the first "
                                    "login."),
                                 this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
    }
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

void AccountDialog::clearProblems()
{
    for (QLabel *l : {m_usernameProblem, m_nameProblem, m_roleProblem, m_agencyProblem,
                      m_passwordProblem, m_repeatProblem, m_problem})
        if (l)
            FieldProblem::clear(l);
}

void AccountDialog::showError(const Error &error)
{
    QLabel *label = nullptr;
    switch (fieldOf(error)) {
    case Field::Username:
        label = m_usernameProblem;
        break;
    case Field::Name:
        label = m_nameProblem;
        break;
    case Field::Role:
        label = m_roleProblem;
        break;
    case Field::Agency:
        label = m_agencyProblem;
        break;
    case Field::Password:
        label = m_passwordProblem;
        break;
    case Field::Other:
        break;
    }
    if (label) {
        FieldProblem::show(label, error.message);
        FieldProblem::show(m_problem, tr("Nothing was saved: correct the field marked in red."));
    } else {
        FieldProblem::show(m_problem, tr("Nothing was saved. %1").arg(error.toString()));
    }
}

bool AccountDialog::save()
{
    clearProblems();
    UserAccount a = m_account;
    a.username = m_username->text().trimmed();
    a.displayName = m_name->text().simplified();
    a.role = Security::Access::roleFromCode(m_role->currentData().toString())
                 .value_or(Security::Role::Viewer);
    a.agencyId = m_agency->currentData().toLongLong();
    a.disabled = m_disabled->isChecked();
    bool ok = true;
    if (a.username.isEmpty()) {
        FieldProblem::show(m_usernameProblem, tr("Enter a user name."));
        ok = false;
    }
    if (a.displayName.isEmpty()) {
        FieldProblem::show(m_nameProblem, tr("Enter the user's name."));
        ok = false;
    }
    QString password;
    if (m_new) {
        password = m_password->text();
        const auto [first, second] = passwordProblems(password, m_repeat->text());
        FieldProblem::show(m_passwordProblem, first);
        FieldProblem::show(m_repeatProblem, second);
        ok = ok && first.isEmpty() && second.isEmpty();
    }
    if (!ok) {
        Security::Password::wipe(password);
        FieldProblem::show(m_problem, tr("Nothing was saved: correct the field marked in red."));
        return false;
    }
    Transaction tx(m_context.db());
    VoidResult result;
    AccountRepository repo(m_context.db());
    if (m_new) {
        auto created = repo.create(a, password);
        if (created)
            a.id = created.value();
        else
            result = created.error();
    } else {
        result = repo.update(a);
    }
    Security::Password::wipe(password);
    if (result)
        result = tx.commit();
    if (!result) {
        showError(result.error());
        return false;
    }
    m_account = a;
    m_context.notifyDataChanged(QStringLiteral("user_account"));
    return true;
}

void AccountDialog::accept()
{
    if (save())
        QDialog::accept();
}

ResetPasswordDialog::ResetPasswordDialog(AppContext &context, const UserAccount &account,
                                         QWidget *parent)
    : QDialog(parent), m_context(context), m_account(account),
      m_password(passwordEdit(this, "passwordEdit")),
      m_repeat(passwordEdit(this, "repeatPasswordEdit")),
      m_passwordProblem(problem(this, "passwordProblem")),
      m_repeatProblem(problem(this, "repeatProblem")), m_problem(problem(this, "saveProblem"))
{
    setObjectName(QStringLiteral("resetPasswordDialog"));
    setWindowTitle(tr("Reset the password of %1").arg(account.username));
    auto *intro =
        new QLabel(tr("%1 must change this password at the next login. Resetting also "
                      "unlocks the account.")
                       .arg(account.displayName.isEmpty() ? account.username : account.displayName),
                   this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("New password"), FieldProblem::wrap(m_password, m_passwordProblem));
    form->addRow(tr("New password again"), FieldProblem::wrap(m_repeat, m_repeatProblem));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Reset password"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ResetPasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

bool ResetPasswordDialog::save()
{
    QString password = m_password->text();
    const auto [first, second] = passwordProblems(password, m_repeat->text());
    FieldProblem::show(m_passwordProblem, first);
    FieldProblem::show(m_repeatProblem, second);
    FieldProblem::clear(m_problem);
    if (!first.isEmpty() || !second.isEmpty()) {
        Security::Password::wipe(password);
        return false;
    }
    Transaction tx(m_context.db());
    VoidResult result = AccountRepository(m_context.db()).resetPassword(m_account.id, password);
    Security::Password::wipe(password);
    if (result)
        result = tx.commit();
    if (!result) {
        FieldProblem::show(m_problem,
                           tr("The password was not reset. %1").arg(result.error().toString()));
        return false;
    }
    m_context.notifyDataChanged(QStringLiteral("user_account"));
    return true;
}

void ResetPasswordDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace Jiandu::Ui
