// `user list|add|set|reset-password|unlock`: the accounts of a database (ManageUsers).

#include "cli.h"
#include "cliaccounts.h"
#include "clisecret.h"

#include "security/password.h"
#include "storage/accountrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Jiandu::Cli {
namespace {

QString usage()
{
    return QCoreApplication::translate(
        "Cli", "Usage: jiandu-cli user list [--format json] | user add NAME --role "
               "admin|auditor|staff|viewer [--name NAME] [--agency NAME] | user set NAME "
               "[--role ROLE] [--name NAME] [--agency NAME | --all-agencies] [--disable | "
               "--enable] | user reset-password NAME | user unlock NAME");
}

QString utc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

// The lock, while it lasts.
QDateTime lockedUntil(const UserAccount &a)
{
    return a.lockedUntil.isValid() && a.lockedUntil > QDateTime::currentDateTimeUtc()
               ? a.lockedUntil
               : QDateTime();
}

int runList(Context &ctx, Database &db)
{
    const QString format = ctx.format();
    if (format != u"text" && format != u"json")
        return ctx.usageError(
            QCoreApplication::translate("Cli", "user list prints text or json, not \"%1\".")
                .arg(format));
    const auto accounts = AccountRepository(db).list();
    if (!accounts)
        return ctx.fail(accounts.error());
    if (format == u"json") {
        QJsonArray rows;
        for (const UserAccount &a : *accounts)
            rows.append(QJsonObject{
                {QStringLiteral("username"), a.username},
                {QStringLiteral("name"), a.displayName},
                {QStringLiteral("role"), Security::Access::roleCode(a.role)},
                {QStringLiteral("role_name"), Security::Access::roleName(a.role)},
                {QStringLiteral("agency"),
                 a.agencyId != 0 ? QJsonValue(a.agencyName) : QJsonValue()},
                {QStringLiteral("locked_until"),
                 lockedUntil(a).isValid() ? QJsonValue(utc(lockedUntil(a))) : QJsonValue()},
                {QStringLiteral("disabled"), a.disabled},
                {QStringLiteral("must_change_password"), a.mustChange},
                {QStringLiteral("last_login"),
                 a.lastLoginAt.isValid() ? QJsonValue(utc(a.lastLoginAt)) : QJsonValue()}});
        ctx.out << QString::fromUtf8(QJsonDocument(rows).toJson());
        return Ok;
    }
    const QString all = QCoreApplication::translate("Cli", "every agency");
    const QString dash = QStringLiteral("-");
    ctx.out << QCoreApplication::translate(
                   "Cli", "username\tname\trole\tagency\tlocked until\tdisabled\tlast login")
            << Qt::endl;
    for (const UserAccount &a : *accounts)
        ctx.out << a.username << '\t' << (a.displayName.isEmpty() ? dash : a.displayName) << '\t'
                << Security::Access::roleName(a.role) << '\t'
                << (a.agencyId != 0 ? a.agencyName : all) << '\t'
                << (lockedUntil(a).isValid() ? utc(lockedUntil(a)) : dash) << '\t'
                << (a.disabled ? QCoreApplication::translate("Cli", "disabled") : dash) << '\t'
                << (a.lastLoginAt.isValid() ? utc(a.lastLoginAt) : dash) << Qt::endl;
    return Ok;
}

// --role, when given: Ok, or Usage for an unknown role.
int roleOption(Context &ctx, std::optional<Security::Role> &role)
{
    role.reset();
    if (!ctx.isSet(QStringLiteral("role")))
        return Ok;
    const QString code = ctx.value(QStringLiteral("role")).trimmed().toLower();
    role = Security::Access::roleFromCode(code);
    if (!role)
        return ctx.usageError(QCoreApplication::translate(
                                  "Cli", "--role is admin, auditor, staff or viewer, not \"%1\".")
                                  .arg(code));
    return Ok;
}

// The named account; Usage (message printed) when there is none.
int account(Context &ctx, Database &db, UserAccount &found)
{
    if (ctx.args.size() != 2)
        return ctx.usageError(usage());
    const QString name = ctx.args.at(1).trimmed();
    const auto a = AccountRepository(db).find(name);
    if (!a)
        return ctx.fail(a.error());
    if (!a.value())
        return ctx.usageError(
            QCoreApplication::translate("Cli", "There is no account named \"%1\".").arg(name));
    found = *a.value();
    return Ok;
}

int runAdd(Context &ctx, Database &db)
{
    if (ctx.args.size() != 2)
        return ctx.usageError(usage());
    UserAccount a;
    a.username = ctx.args.at(1).trimmed();
    std::optional<Security::Role> role;
    if (const int r = roleOption(ctx, role); r != Ok)
        return r;
    if (!role)
        return ctx.usageError(QCoreApplication::translate(
            "Cli", "user add needs --role admin, auditor, staff or viewer."));
    a.role = *role;
    a.displayName = ctx.value(QStringLiteral("name")).trimmed();
    QList<qint64> agencies;
    if (const int r = ctx.agencyFilter(agencies); r != Ok)
        return r;
    a.agencyId = agencies.value(0, 0);
    SecretResult password = readNewPassword(
        QCoreApplication::translate("Cli", "Initial password for %1: ").arg(a.username));
    if (!password.secret)
        return ctx.usageError(password.problem);
    const VoidResult done = inTransaction(db, [&]() -> VoidResult {
        auto id = AccountRepository(db).create(a, *password.secret);
        return id ? VoidResult() : VoidResult(id.error());
    });
    Security::Password::wipe(*password.secret);
    if (!done)
        return ctx.fail(done.error(), true);
    ctx.err << QCoreApplication::translate("Cli", "Added %1 (%2); the password must be changed "
                                                  "at the first login (jiandu-cli passwd).")
                   .arg(a.username, Security::Access::roleName(a.role))
            << Qt::endl;
    return Ok;
}

int runSet(Context &ctx, Database &db)
{
    UserAccount a;
    if (const int r = account(ctx, db, a); r != Ok)
        return r;
    if (ctx.isSet(QStringLiteral("agency")) && ctx.isSet(QStringLiteral("all-agencies")))
        return ctx.usageError(
            QCoreApplication::translate("Cli", "Give --agency NAME or --all-agencies, not both."));
    if (ctx.isSet(QStringLiteral("disable")) && ctx.isSet(QStringLiteral("enable")))
        return ctx.usageError(
            QCoreApplication::translate("Cli", "Give --disable or --enable, not both."));
    std::optional<Security::Role> role;
    if (const int r = roleOption(ctx, role); r != Ok)
        return r;
    if (role)
        a.role = *role;
    if (ctx.isSet(QStringLiteral("name")))
        a.displayName = ctx.value(QStringLiteral("name")).trimmed();
    if (ctx.isSet(QStringLiteral("agency"))) {
        QList<qint64> agencies;
        if (const int r = ctx.agencyFilter(agencies); r != Ok)
            return r;
        a.agencyId = agencies.value(0, 0);
    } else if (ctx.isSet(QStringLiteral("all-agencies"))) {
        a.agencyId = 0;
    }
    if (ctx.isSet(QStringLiteral("disable")))
        a.disabled = true;
    else if (ctx.isSet(QStringLiteral("enable")))
        a.disabled = false;
    if (const VoidResult done = inTransaction(db, [&] { return AccountRepository(db).update(a); });
        !done)
        return ctx.fail(done.error(), true);
    ctx.err << QCoreApplication::translate("Cli", "Changed %1.").arg(a.username) << Qt::endl;
    return Ok;
}

int runResetPassword(Context &ctx, Database &db)
{
    UserAccount a;
    if (const int r = account(ctx, db, a); r != Ok)
        return r;
    SecretResult password = readNewPassword(
        QCoreApplication::translate("Cli", "New password for %1: ").arg(a.username));
    if (!password.secret)
        return ctx.usageError(password.problem);
    const VoidResult done = inTransaction(
        db, [&] { return AccountRepository(db).resetPassword(a.id, *password.secret); });
    Security::Password::wipe(*password.secret);
    if (!done)
        return ctx.fail(done.error(), true);
    ctx.err << QCoreApplication::translate(
                   "Cli", "Set a new password for %1; it must be changed at the next login.")
                   .arg(a.username)
            << Qt::endl;
    return Ok;
}

int runUnlock(Context &ctx, Database &db)
{
    UserAccount a;
    if (const int r = account(ctx, db, a); r != Ok)
        return r;
    if (const VoidResult done =
            inTransaction(db, [&] { return AccountRepository(db).unlock(a.id); });
        !done)
        return ctx.fail(done.error(), true);
    ctx.err << QCoreApplication::translate("Cli", "Unlocked %1.").arg(a.username) << Qt::endl;
    return Ok;
}

int runUser(Context &ctx)
{
    const QString verb = ctx.args.value(0);
    using Run = int (*)(Context &, Database &);
    const Run run = verb == u"list"             ? &runList
                    : verb == u"add"            ? &runAdd
                    : verb == u"set"            ? &runSet
                    : verb == u"reset-password" ? &runResetPassword
                    : verb == u"unlock"         ? &runUnlock
                                                : nullptr;
    if (!run || (verb == u"list" && ctx.args.size() != 1))
        return ctx.usageError(usage());
    if (!ctx.accountsOn())
        return ctx.usageError(QCoreApplication::translate(
            "Cli", "Accounts are off on this database (single-user mode); turn them on first: "
                   "jiandu-cli accounts on ADMIN"));
    Database *db = ctx.openDatabase();
    if (!db)
        return DataError;
    return run(ctx, *db);
}

} // namespace

JIANDU_CLI_COMMAND(
    user, QStringLiteral("user"),
    QStringLiteral("user list [--format json] | user add NAME --role "
                   "admin|auditor|staff|viewer [--name NAME] [--agency NAME] | user set NAME "
                   "[--role ROLE] [--name NAME] [--agency NAME | --all-agencies] [--disable | "
                   "--enable] | user reset-password NAME | user unlock NAME"),
    QStringLiteral(QT_TRANSLATE_NOOP(
        "Cli", "Manage the accounts (administrators): list them, add one (initial password "
               "from JIANDU_NEW_PASSWORD or asked twice, changed at the first login), change "
               "its role, name, agency or state, set a new password, unlock it.")),
    runUser, needs(Security::Permission::ManageUsers));

} // namespace Jiandu::Cli
