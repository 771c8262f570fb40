#include "cli.h"
#include "demo/demodata.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace Jiandu::Cli {
namespace {

int runDemo(Context &ctx)
{
    if (!ctx.args.isEmpty())
        return ctx.usageError(
            QCoreApplication::translate("Cli", "demo takes no arguments; use --scale N."));
    Demo::Options options;
    if (ctx.isSet(QStringLiteral("scale"))) {
        bool ok = false;
        options.scale = ctx.value(QStringLiteral("scale")).toInt(&ok);
        if (!ok || options.scale < 1 || options.scale > Demo::maxScale())
            return ctx.usageError(
                QCoreApplication::translate(
                    "Cli", "--scale takes a number of counties from 1 to %1, not \"%2\".")
                    .arg(Demo::maxScale())
                    .arg(ctx.value(QStringLiteral("scale"))));
    }
    options.today = ctx.asOf();

    Database *db = ctx.openDatabase(true);
    if (!db)
        return DataError;
    QElapsedTimer timer;
    timer.start();
    auto result = Demo::generate(*db, options);
    if (!result) {
        return ctx.fail(result.error(), true);
    }
    const Demo::Summary &s = result.value();
    ctx.err << QCoreApplication::translate(
                   "Cli", "Demo dataset written to %1 as of %2 in %3 s: %4 agencies, %5 officers, "
                          "%6 certificates, %7 trainings, %8 assessments.")
                   .arg(db->path(), options.today.toString(Qt::ISODate))
                   .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                   .arg(s.agencies)
                   .arg(s.officers)
                   .arg(s.certificates)
                   .arg(s.trainings)
                   .arg(s.assessments)
            << Qt::endl;
    if (s.cases > 0)
        ctx.err << QCoreApplication::translate("Cli", "Enforcement cases: %1.").arg(s.cases) << Qt::endl;
    if (s.activities > 0)
        ctx.err << QCoreApplication::translate(
                       "Cli", "Supervision: %1 activities, %2 findings, %3 rectification tasks, "
                              "%4 documents.")
                       .arg(s.activities)
                       .arg(s.findings)
                       .arg(s.tasks)
                       .arg(s.documents)
                << Qt::endl;
    return Ok;
}

} // namespace

JIANDU_CLI_COMMAND(
    demo, QStringLiteral("demo"), QStringLiteral("demo [--scale N]"),
    QStringLiteral(QT_TRANSLATE_NOOP("Cli", "Fill a new database with a realistic, deterministic "
                                            "demo dataset (--scale N: N counties).")),
    runDemo, needs(Security::Permission::EditData));

} // namespace Jiandu::Cli
