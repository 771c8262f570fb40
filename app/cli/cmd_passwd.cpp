// `passwd --user NAME`: an account changes its own password (also the forced change at the
// first login, the one command such a login may run).

#include "cli.h"
#include "clisecret.h"

#include "security/authenticator.h"
#include "security/password.h"

#include <QCoreApplication>

namespace Jiandu::Cli {
namespace {

int runPasswd(Context &ctx)
{
    if (!ctx.args.isEmpty())
        return ctx.usageError(QCoreApplication::translate(
            "Cli", "passwd takes no arguments: jiandu-cli passwd --user NAME"));
    if (!ctx.accountsOn())
        return ctx.usageError(QCoreApplication::translate(
            "Cli", "passwd changes an account's password, and accounts are off on this database "
                   "(single-user mode)."));
    Database *db = ctx.openDatabase();
    if (!db)
        return DataError;
    SecretResult fresh = readNewPassword(
        QCoreApplication::translate("Cli", "New password for %1: ").arg(ctx.user()));
    if (!fresh.secret)
        return ctx.usageError(fresh.problem);
    // The current password is the one the login just checked (JIANDU_PASSWORD or typed).
    QString current = ctx.takeLoginPassword();
    const VoidResult changed = Security::Authenticator(*db).changePassword(current, *fresh.secret);
    Security::Password::wipe(current);
    Security::Password::wipe(*fresh.secret);
    if (!changed)
        return ctx.fail(changed.error(), true);
    ctx.err << QCoreApplication::translate("Cli", "Changed the password of %1.").arg(ctx.user())
            << Qt::endl;
    return Ok;
}

} // namespace

JIANDU_CLI_COMMAND(
    passwd, QStringLiteral("passwd"), QStringLiteral("passwd --user NAME"),
    QStringLiteral(QT_TRANSLATE_NOOP(
        "Cli", "Change your own password: the current one from JIANDU_PASSWORD or asked, the "
               "new one from JIANDU_NEW_PASSWORD or asked twice. Required at the first login.")),
    runPasswd, loginOnly());

} // namespace Jiandu::Cli
