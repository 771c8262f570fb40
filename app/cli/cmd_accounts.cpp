// `accounts on ADMIN` and `accounts off`: a database's single-user mode and its accounts mode
// (the login of every command, core/security/access.h).

#include "cli.h"
#include "cliaccounts.h"
#include "clisecret.h"

#include "security/password.h"
#include "storage/accountrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace Jiandu::Cli {

VoidResult inTransaction(Database &db, const std::function<VoidResult()> &write)
{
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    if (VoidResult r = write(); !r)
        return r;
    return tx.commit();
}

namespace {

int runOn(Context &ctx)
{
    if (ctx.args.size() != 2)
        return ctx.usageError(QCoreApplication::translate(
            "Cli", "Usage: jiandu-cli accounts on ADMIN [--name NAME]"));
    if (ctx.accountsOn())
        return ctx.usageError(QCoreApplication::translate(
            "Cli", "Accounts are already on; add accounts with: jiandu-cli user add NAME --role "
                   "ROLE --user ADMIN"));
    Database *db = ctx.openDatabase();
    if (!db)
        return DataError;
    const QString admin = ctx.args.at(1).trimmed();
    SecretResult password =
        readNewPassword(QCoreApplication::translate("Cli", "New password for %1: ").arg(admin));
    if (!password.secret)
        return ctx.usageError(password.problem);
    const QString name = ctx.value(QStringLiteral("name")).trimmed();
    const VoidResult done = inTransaction(*db, [&]() -> VoidResult {
        auto id = AccountRepository(*db).enableAccounts(admin, name, *password.secret);
        if (!id)
            return id.error();
        return {};
    });
    Security::Password::wipe(*password.secret);
    if (!done)
        return ctx.fail(done.error(), true);
    ctx.err << QCoreApplication::translate(
                   "Cli", "Accounts are on: %1 is the first administrator (%2). Every command "
                          "now needs --user NAME; add accounts with: jiandu-cli user add NAME "
                          "--role ROLE --user %1")
                   .arg(admin, Security::Access::roleName(Security::Role::Admin))
            << Qt::endl;
    return Ok;
}

int runOff(Context &ctx)
{
    if (ctx.args.size() != 1)
        return ctx.usageError(
            QCoreApplication::translate("Cli", "Usage: jiandu-cli accounts off --user ADMIN"));
    if (!ctx.accountsOn())
        return ctx.usageError(QCoreApplication::translate(
            "Cli", "Accounts are already off: this database is in single-user mode."));
    Database *db = ctx.openDatabase();
    if (!db)
        return DataError;
    if (const VoidResult done =
            inTransaction(*db, [&] { return AccountRepository(*db).disableAccounts(); });
        !done)
        return ctx.fail(done.error(), true);
    ctx.err << QCoreApplication::translate(
                   "Cli", "Accounts are off: the database is back in single-user mode (no "
                          "login). The accounts are kept for when they are turned on again.")
            << Qt::endl;
    return Ok;
}

int runAccounts(Context &ctx)
{
    const QString verb = ctx.args.value(0);
    if (verb == u"on")
        return runOn(ctx);
    if (verb == u"off")
        return runOff(ctx);
    return ctx.usageError(QCoreApplication::translate(
        "Cli", "Usage: jiandu-cli accounts on ADMIN [--name NAME] | accounts off --user ADMIN"));
}

} // namespace

JIANDU_CLI_COMMAND(
    accounts, QStringLiteral("accounts"),
    QStringLiteral("accounts on ADMIN [--name NAME] | accounts off --user ADMIN"),
    QStringLiteral(QT_TRANSLATE_NOOP(
        "Cli", "Turn accounts on (every command then needs --user; ADMIN becomes the first "
               "administrator, password from JIANDU_NEW_PASSWORD or asked twice), or off "
               "(single-user mode). Exit code 4: the login or the role refused the command.")),
    runAccounts, needs(Security::Permission::ManageUsers));

} // namespace Jiandu::Cli
