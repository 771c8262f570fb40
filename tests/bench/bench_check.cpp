// `jiandu-cli check` on the scale-100 demo database: every warning rule, as
// Rules::evaluateAll. Target (issue 2): under 1 s. Links once core/rules is implemented.

#include "benchsupport.h"
#include "rules/warning.h"

#include <QCoreApplication>
#include <QMap>

using namespace Jiandu;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    auto db = Bench::openDemo(100);
    Rules::RuleContext context;
    context.asOf = Bench::today();
    context.settings = Rules::RuleSettings::load(*db);

    int found = 0;
    Bench::out() << "\nWarning rules, target < 1000 ms" << Qt::endl;
    Bench::time(QStringLiteral("Rules::evaluateAll"), 5, [&] {
        auto warnings = Rules::evaluateAll(*db, context);
        if (!warnings)
            qFatal("check failed: %s", qPrintable(warnings.error().toString()));
        found = static_cast<int>(warnings->size());
    });
    for (const Rules::Rule *rule : Rules::allRules()) {
        Bench::time(QStringLiteral("  ") + rule->id(), 3, [&] {
            auto warnings = rule->evaluate(*db, context);
            if (!warnings)
                qFatal("%s failed: %s", qPrintable(rule->id()),
                       qPrintable(warnings.error().toString()));
        });
    }
    Bench::out() << found << " warnings" << Qt::endl;
    return 0;
}
