#include "cli.h"

#include "storage/backup.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

namespace Jiandu::Cli {
namespace {

int runBackup(Context &ctx)
{
    if (!ctx.args.isEmpty())
        return ctx.usageError(
            QCoreApplication::translate("Cli", "backup takes no arguments; use --out FILE."));
    if (ctx.outFile().isEmpty())
        return ctx.usageError(
            QCoreApplication::translate("Cli", "backup needs --out FILE, the backup to write."));
    const QString format = ctx.format();
    if (format != u"text" && format != u"json")
        return ctx.usageError(
            QCoreApplication::translate("Cli", "backup prints text or json, not \"%1\".").arg(format));
    Database *db = ctx.openDatabase();
    if (!db)
        return DataError;
    auto made = Backup::backupTo(*db, ctx.outFile());
    if (!made) {
        return ctx.fail(made.error(), true);
    }
    const Backup::BackupInfo &b = made.value();
    if (format == u"json")
        ctx.out << QString::fromUtf8(QJsonDocument(b.toJson()).toJson());
    else
        ctx.out << QCoreApplication::translate(
                       "Cli", "Backup written to %1 (%2 bytes, schema %3, %4 audit records, audit "
                              "head %5, SHA-256 %6); manifest %7.")
                       .arg(b.file)
                       .arg(b.bytes)
                       .arg(b.schemaVersion)
                       .arg(b.auditRecords)
                       .arg(b.auditHead.isEmpty() ? QStringLiteral("-") : b.auditHead, b.sha256,
                            b.manifest)
                << Qt::endl;
    return Ok;
}

int runRestore(Context &ctx)
{
    if (ctx.args.size() != 1)
        return ctx.usageError(QCoreApplication::translate(
            "Cli", "restore takes one argument, the backup FILE to restore into --db."));
    const QString to = ctx.dbPath();
    if (!QFileInfo::exists(to))
        return ctx.dataError(
            QCoreApplication::translate(
                "Cli", "%1: The database file does not exist. Create it with 'jiandu-cli init' "
                       "first, then restore into it.")
                .arg(to));
    // The login (accounts on) held the file open; the restore replaces it. Its audit record
    // names the account.
    Backup::RestoreOptions options;
    if (const Database *db = ctx.database())
        options.actor = db->actor();
    ctx.closeDatabase();
    auto restored = Backup::restore(ctx.args.first(), to, options);
    if (!restored) {
        return ctx.fail(restored.error(), true);
    }
    const Backup::RestoreInfo &r = restored.value();
    ctx.out << QCoreApplication::translate(
                   "Cli", "Restored %1 from %2 (schema %3, %4 audit records, audit head %5).")
                   .arg(r.database, r.backup.file)
                   .arg(r.backup.schemaVersion)
                   .arg(r.backup.auditRecords)
                   .arg(r.backup.auditHead.isEmpty() ? QStringLiteral("-") : r.backup.auditHead)
            << Qt::endl;
    if (!r.keptAside.isEmpty())
        ctx.out << QCoreApplication::translate("Cli", "The previous database was kept as %1.")
                       .arg(r.keptAside)
                << Qt::endl;
    return Ok;
}

} // namespace

JIANDU_CLI_COMMAND(
    backup, QStringLiteral("backup"), QStringLiteral("backup --out FILE [--format text|json]"),
    QStringLiteral(QT_TRANSLATE_NOOP(
        "Cli",
        "Write a checked online backup of the database to FILE, with a manifest beside it.")),
    runBackup, needs(Security::Permission::Backup));

JIANDU_CLI_COMMAND(
    restore, QStringLiteral("restore"), QStringLiteral("restore FILE"),
    QStringLiteral(QT_TRANSLATE_NOOP(
        "Cli", "Replace the database with the backup FILE after checking it; the current file is "
               "kept aside.")),
    runRestore, needs(Security::Permission::Restore));

} // namespace Jiandu::Cli
