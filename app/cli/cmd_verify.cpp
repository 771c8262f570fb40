#include "cli.h"

#include "storage/dbcheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Jiandu::Cli {
namespace {

QString problemCode(AuditVerification::Problem p)
{
    switch (p) {
    case AuditVerification::Problem::None:
        return QStringLiteral("ok");
    case AuditVerification::Problem::Changed:
        return QStringLiteral("changed");
    case AuditVerification::Problem::Deleted:
        return QStringLiteral("deleted");
    case AuditVerification::Problem::Inserted:
        return QStringLiteral("inserted");
    case AuditVerification::Problem::Reordered:
        return QStringLiteral("reordered");
    case AuditVerification::Problem::NoChain:
        return QStringLiteral("no_chain");
    }
    return {};
}

QJsonObject toJson(const DatabaseCheck &c)
{
    const AuditVerification &a = c.audit;
    QJsonObject audit{{QStringLiteral("records"), a.records},
                      {QStringLiteral("head"), a.headHash},
                      {QStringLiteral("status"), problemCode(a.problem)}};
    if (!a.ok()) {
        audit.insert(QStringLiteral("id"), a.badId);
        audit.insert(QStringLiteral("table"), a.table);
        audit.insert(QStringLiteral("record_key"), a.recordKey);
        audit.insert(QStringLiteral("message"), a.message);
    }
    return QJsonObject{{QStringLiteral("ok"), c.ok()},
                       {QStringLiteral("integrity"), QJsonArray::fromStringList(c.integrity)},
                       {QStringLiteral("foreign_keys"), QJsonArray::fromStringList(c.foreignKeys)},
                       {QStringLiteral("audit"), audit}};
}

void printText(QTextStream &out, const DatabaseCheck &c)
{
    const auto ok = QCoreApplication::translate("Cli", "ok");
    out << QStringLiteral("integrity_check: ")
        << (c.integrity.isEmpty() ? ok : c.integrity.mid(0, 10).join(QStringLiteral("; ")))
        << Qt::endl;
    out << QStringLiteral("foreign_key_check: ")
        << (c.foreignKeys.isEmpty() ? ok : c.foreignKeys.mid(0, 10).join(QStringLiteral("; ")))
        << Qt::endl;
    const AuditVerification &a = c.audit;
    out << QCoreApplication::translate("Cli", "audit trail: %1 records").arg(a.records);
    if (a.ok())
        out << QCoreApplication::translate("Cli", ", head %1: ")
                   .arg(a.headHash.isEmpty() ? QStringLiteral("-") : a.headHash)
            << ok << Qt::endl;
    else
        out << QStringLiteral(": ") << a.message << Qt::endl;
    out << (c.ok() ? QStringLiteral("OK") : QStringLiteral("PROBLEMS FOUND")) << Qt::endl;
}

int runVerify(Context &ctx)
{
    if (!ctx.args.isEmpty())
        return ctx.usageError(QCoreApplication::translate("Cli", "verify takes no arguments."));
    const QString format = ctx.format();
    if (format != u"text" && format != u"json")
        return ctx.usageError(
            QCoreApplication::translate("Cli", "verify prints text or json, not \"%1\".").arg(format));
    // Read-only: checking a file never upgrades or otherwise changes it.
    Database::Options options;
    options.readOnly = true;
    options.integrityCheck = Database::IntegrityCheck::Auto;
    auto opened = Database::open(ctx.dbPath(), options);
    if (!opened) {
        ctx.err << opened.error().toString() << Qt::endl;
        return opened.error().code == Error::Code::Corrupt ? Problems : DataError;
    }
    auto check = checkDatabase(*opened.value());
    if (!check)
        return ctx.fail(check.error());
    if (format == u"json")
        ctx.out << QString::fromUtf8(QJsonDocument(toJson(*check)).toJson());
    else
        printText(ctx.out, *check);
    ctx.out.flush();
    if (check->audit.problem == AuditVerification::Problem::NoChain)
        ctx.err << check->audit.message << Qt::endl;
    return check->ok() ? Ok : Problems;
}

} // namespace

JIANDU_CLI_COMMAND(
    verify, QStringLiteral("verify"), QStringLiteral("verify [--format text|json]"),
    QStringLiteral(QT_TRANSLATE_NOOP(
        "Cli", "Check the database file (integrity, foreign keys) and its audit trail's hash "
               "chain; names the first bad record.")),
    runVerify, needs(Security::Permission::ReadAudit));

} // namespace Jiandu::Cli
