#include "cli.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Jiandu::Cli {
namespace {

int runInit(Context &ctx)
{
    if (!ctx.args.isEmpty())
        return ctx.usageError(QCoreApplication::translate("Cli", "init takes no arguments."));
    const bool existed = QFileInfo::exists(ctx.dbPath());
    Database *db = ctx.openDatabase(true);
    if (!db)
        return DataError;
    if (!existed)
        ctx.err << QCoreApplication::translate("Cli", "Created %1 (schema %2).")
                       .arg(db->path())
                       .arg(db->schemaVersion())
                << Qt::endl;
    else if (!db->migrationBackup().isEmpty())
        ctx.err << QCoreApplication::translate(
                       "Cli", "Upgraded %1 to schema %2; the previous file was backed up to %3.")
                       .arg(db->path())
                       .arg(db->schemaVersion())
                       .arg(db->migrationBackup())
                << Qt::endl;
    else
        ctx.err << QCoreApplication::translate("Cli", "%1 is up to date (schema %2).")
                       .arg(db->path())
                       .arg(db->schemaVersion())
                << Qt::endl;
    return Ok;
}

} // namespace

JIANDU_CLI_COMMAND(init, QStringLiteral("init"), QStringLiteral("init"),
                   QStringLiteral(QT_TRANSLATE_NOOP(
                       "Cli",
                       "Create a new database, or upgrade an existing one (backing it up first).")),
                   runInit, loginOnly());

} // namespace Jiandu::Cli
