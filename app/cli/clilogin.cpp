// Accounts on the command line: the login of --user before a command runs, and the right the
// command needs (Command::permission). A single-user database runs every command as before.

#include "cli.h"
#include "clisecret.h"

#include "security/authenticator.h"
#include "security/guard.h"
#include "security/password.h"
#include "security/session.h"
#include "storage/accountrepository.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Jiandu::Cli {

namespace {

// Whether the file at `path` has accounts on, read without changing it (no migration, no
// audit record). nullopt when the file cannot be read: the command then reports that itself,
// and Context::openDatabase() still refuses a file with accounts on.
std::optional<bool> probeAccounts(const QString &path)
{
    if (!QFileInfo::exists(path))
        return false;
    Database::Options options;
    options.readOnly = true;
    options.integrityCheck = Database::IntegrityCheck::Auto;
    auto opened = Database::open(path, options);
    if (!opened)
        return std::nullopt;
    const auto on = AccountRepository(*opened.value()).accountsEnabled();
    if (!on)
        return std::nullopt;
    return on.value();
}

} // namespace

Context::~Context()
{
    Security::Password::wipe(m_loginPassword);
}

QString Context::user() const
{
    return parser.value(QStringLiteral("user")).trimmed();
}

QString Context::loginRequiredMessage()
{
    return QCoreApplication::translate(
        "Cli", "This database requires a login: --user NAME (the password from JIANDU_PASSWORD "
               "or asked for on the terminal).");
}

QString Context::takeLoginPassword()
{
    QString password = m_loginPassword;
    Security::Password::wipe(m_loginPassword);
    m_loginPassword.clear();
    return password;
}

int Context::authorize(const Command &command)
{
    const bool userGiven = isSet(QStringLiteral("user"));
    const std::optional<bool> probed = probeAccounts(dbPath());
    if (!probed) {
        if (!userGiven)
            return Ok; // the command reports why the file cannot be read
        if (!openDatabase())
            return DataError;
        // openDatabase() did not refuse: the file has no accounts.
    }
    m_accountsOn = probed.value_or(false);
    if (!m_accountsOn) {
        if (userGiven)
            return usageError(QCoreApplication::translate(
                "Cli", "--user: accounts are off on this database (single-user mode); run the "
                       "command without --user, or turn accounts on with: jiandu-cli accounts "
                       "on ADMIN"));
        return Ok;
    }
    if (!userGiven || user().isEmpty()) {
        err << loginRequiredMessage() << Qt::endl;
        return Refused;
    }
    const QString name = user();
    SecretResult password = readSecret(
        "JIANDU_PASSWORD", QCoreApplication::translate("Cli", "Password for %1: ").arg(name));
    if (!password.secret)
        return usageError(password.problem);

    m_loggingIn = true;
    Database *db = openDatabase();
    m_loggingIn = false;
    if (!db) {
        Security::Password::wipe(*password.secret);
        return DataError;
    }
    auto outcome = Security::Authenticator(*db).login(name, *password.secret);
    if (!outcome) {
        Security::Password::wipe(*password.secret);
        err << outcome.error().toString() << Qt::endl;
        return outcome.error().code == Error::Code::Sql ? DataError : Refused;
    }
    m_loginPassword = *password.secret;
    Security::Password::wipe(*password.secret);
    const Security::Session &session = *outcome->session;
    if (outcome->mustChangePassword && command.name != u"passwd") {
        err << QCoreApplication::translate(
                   "Cli", "%1 must choose a new password before anything else; change your "
                          "password first: jiandu-cli passwd --user %2")
                   .arg(Security::Access::accountLabel(session), name)
            << Qt::endl;
        return Refused;
    }
    if (command.permission)
        if (const auto needed = command.permission(*this);
            needed && !Security::Access::allows(&session, *needed)) {
            err << Security::Access::refusal(session, *needed) << Qt::endl;
            return Refused;
        }
    if (unmasked() && !Security::Access::allows(&session, Security::Permission::UnmaskPersonal)) {
        err << Security::Access::refusal(session, Security::Permission::UnmaskPersonal) << Qt::endl;
        return Refused;
    }
    return Ok;
}

int Context::auditUnmask(const QString &key)
{
    Database *db = openDatabase();
    if (!db)
        return DataError;
    if (const VoidResult r = Security::recordUnmask(*db, QStringLiteral("database"), key); !r)
        return fail(r.error());
    return Ok;
}

} // namespace Jiandu::Cli
