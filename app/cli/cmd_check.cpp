#include "cli.h"

#include "rules/warning.h"

#include <QCoreApplication>

namespace Jiandu::Cli {
namespace {

int runCheck(Context &ctx)
{
    if (!ctx.args.isEmpty())
        return ctx.usageError(
            QCoreApplication::translate("Cli", "check takes no arguments, only options."));
    std::optional<Rules::Level> failOn;
    if (ctx.isSet(QStringLiteral("fail-on"))) {
        failOn = Rules::levelFromCode(ctx.value(QStringLiteral("fail-on")));
        if (!failOn)
            return ctx.usageError(QCoreApplication::translate(
                                      "Cli", "--fail-on is info, warning or error, not \"%1\".")
                                      .arg(ctx.value(QStringLiteral("fail-on"))));
    }
    const QString format = ctx.format();
    if (format != u"text" && format != u"json")
        return ctx.usageError(
            QCoreApplication::translate("Cli", "check prints text or json, not \"%1\".")
                .arg(format));

    Database *db = ctx.openDatabase();
    if (!db)
        return DataError;
    Rules::RuleContext context;
    context.asOf = ctx.asOf();
    context.year = ctx.isSet(QStringLiteral("year")) ? ctx.year() : 0;
    context.settings = Rules::RuleSettings::load(*db);
    const auto warnings = Rules::evaluateAll(*db, context);
    if (!warnings)
        return ctx.fail(warnings.error());

    if (format == u"json" && ctx.unmasked())
        if (const int r = ctx.auditUnmask(QStringLiteral("check")); r != Ok)
            return r;
    if (format == u"json")
        ctx.out << Rules::toJson(*warnings, context.asOf, ctx.unmasked());
    else
        ctx.out << Rules::toText(*warnings);
    ctx.out.flush();

    int errors = 0;
    bool failed = false;
    for (const Rules::Warning &w : *warnings) {
        errors += w.level == Rules::Level::Error ? 1 : 0;
        failed = failed || (failOn && w.level >= *failOn);
    }
    ctx.err << QCoreApplication::translate("Cli", "%n warning(s) as of %1", nullptr,
                                           int(warnings->size()))
                   .arg(context.asOf.toString(Qt::ISODate))
            << QCoreApplication::translate("Cli", ", of which %n error(s).", nullptr, errors)
            << Qt::endl;
    return failed ? Problems : Ok;
}

} // namespace

JIANDU_CLI_COMMAND(
    check, QStringLiteral("check"),
    QStringLiteral("check [--as-of DATE] [--year YEAR] [--format text|json] [--unmasked] "
                   "[--fail-on LEVEL]"),
    QStringLiteral(QT_TRANSLATE_NOOP("Cli",
                                     "Evaluate every warning rule (预警) and print the warnings.")),
    runCheck, needs(Security::Permission::Export));

} // namespace Jiandu::Cli
