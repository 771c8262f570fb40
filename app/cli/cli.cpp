#include "cli.h"

#include "storage/accountrepository.h"
#include "storage/agencyrepository.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

#include <cstdio>

namespace Jiandu::Cli {

namespace {
QList<Command> &registry()
{
    static QList<Command> commands;
    return commands;
}
} // namespace

bool Registry::add(Command command)
{
    registry().append(std::move(command));
    return true;
}

const QList<Command> &Registry::all()
{
    std::sort(registry().begin(), registry().end(),
              [](const Command &a, const Command &b) { return a.name < b.name; });
    return registry();
}

const Command *Registry::find(const QString &name)
{
    for (const Command &c : registry())
        if (c.name == name)
            return &c;
    return nullptr;
}

void addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("db"),
         QCoreApplication::translate("Cli", "The database file (default: the GUI's database)."),
         QStringLiteral("PATH")},
        {QStringLiteral("as-of"),
         QCoreApplication::translate("Cli", "Take this date as today (YYYY-MM-DD)."),
         QStringLiteral("DATE")},
        {QStringLiteral("year"),
         QCoreApplication::translate("Cli",
                                     "The year for training, assessment and report figures."),
         QStringLiteral("YEAR")},
        {QStringLiteral("format"),
         QCoreApplication::translate("Cli", "Output format: text, json or csv."),
         QStringLiteral("FORMAT")},
        {QStringLiteral("out"),
         QCoreApplication::translate("Cli", "Write the result to FILE (type from its suffix)."),
         QStringLiteral("FILE")},
        {QStringLiteral("unmasked"),
         QCoreApplication::translate("Cli", "Show identity-card numbers in full in JSON output.")},
        {QStringLiteral("lang"),
         QCoreApplication::translate("Cli", "Language of printed and exported text: zh_CN or en."),
         QStringLiteral("LANG")},
        {QStringLiteral("dry-run"),
         QCoreApplication::translate("Cli", "Validate only; change nothing.")},
        {QStringLiteral("encoding"),
         QCoreApplication::translate(
             "Cli", "Encoding of a CSV file: utf-8 or gb18030 (default: detected)."),
         QStringLiteral("ENC")},
        {QStringLiteral("sheet"),
         QCoreApplication::translate("Cli",
                                     "The sheet of an XLSX file to read (default: the first)."),
         QStringLiteral("NAME")},
        {QStringLiteral("scale"),
         QCoreApplication::translate("Cli", "Size of the demo dataset (1: a county)."),
         QStringLiteral("N")},
        {QStringLiteral("fail-on"),
         QCoreApplication::translate(
             "Cli",
             "Exit with 1 when a warning of this level or higher is found: info, warning, error."),
         QStringLiteral("LEVEL")},
        {QStringLiteral("agency"),
         QCoreApplication::translate("Cli", "Limit to one enforcement body (its name)."),
         QStringLiteral("NAME")},
        {QStringLiteral("unit"),
         QCoreApplication::translate("Cli", "The issuing unit printed on documents."),
         QStringLiteral("NAME")},
        {QStringLiteral("activity"),
         QCoreApplication::translate("Cli", "An activity by its name: a case-file review "
                                            "activity, or a supervision activity (tasks, "
                                            "print ledger)."),
         QStringLiteral("NAME")},
        {QStringLiteral("user"),
         QCoreApplication::translate(
             "Cli", "Log in as this account (a database with accounts on); the password comes "
                    "from JIANDU_PASSWORD or is asked for on the terminal."),
         QStringLiteral("NAME")},
        {QStringLiteral("name"),
         QCoreApplication::translate("Cli", "accounts on, user add, user set: the person's name "
                                            "(姓名)."),
         QStringLiteral("NAME")},
        {QStringLiteral("role"),
         QCoreApplication::translate(
             "Cli", "user add, user set: the role: admin, auditor, staff or viewer."),
         QStringLiteral("ROLE")},
        {QStringLiteral("all-agencies"),
         QCoreApplication::translate("Cli", "user set: let the account see every agency again.")},
        {QStringLiteral("disable"),
         QCoreApplication::translate("Cli", "user set: disable the account (it cannot log in).")},
        {QStringLiteral("enable"),
         QCoreApplication::translate("Cli", "user set: enable a disabled account again.")},
        {QStringLiteral("source-date"),
         QCoreApplication::translate("Cli", "Tasks: the date of the source document, for deadlines "
                                            "written without a year (YYYY-MM-DD)."),
         QStringLiteral("DATE")},
    });
}

Context::Context(QCommandLineParser &p, QStringList positional)
    : parser(p), args(std::move(positional)), out(stdout), err(stderr)
{
}

QString Context::dbPath() const
{
    return parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                              : Database::defaultPath();
}

QString Context::format() const
{
    return parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")).toLower()
                                                  : QStringLiteral("text");
}

QString Context::outFile() const
{
    return parser.value(QStringLiteral("out"));
}

int Context::year() const
{
    return parser.isSet(QStringLiteral("year")) ? parser.value(QStringLiteral("year")).toInt()
                                                : m_asOf.year();
}

bool Context::unmasked() const
{
    return parser.isSet(QStringLiteral("unmasked"));
}

int Context::validateCommon()
{
    m_asOf = QDate::currentDate();
    if (parser.isSet(QStringLiteral("as-of"))) {
        m_asOf = QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!m_asOf.isValid())
            return usageError(QCoreApplication::translate(
                                  "Cli", "--as-of takes a date as YYYY-MM-DD, not \"%1\".")
                                  .arg(parser.value(QStringLiteral("as-of"))));
    }
    m_clock.set(m_asOf.startOfDay(Qt::UTC).addSecs(9 * 3600));
    if (parser.isSet(QStringLiteral("year"))) {
        bool ok = false;
        const int y = parser.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || y < 1990 || y > 2100)
            return usageError(
                QCoreApplication::translate("Cli", "--year takes a year such as 2025, not \"%1\".")
                    .arg(parser.value(QStringLiteral("year"))));
    }
    const QString f = format();
    if (f != u"text" && f != u"json" && f != u"csv")
        return usageError(
            QCoreApplication::translate("Cli", "--format is text, json or csv, not \"%1\".")
                .arg(f));
    return Ok;
}

Database *Context::openDatabase(bool create)
{
    if (m_db)
        return m_db.get();
    Database::Options options;
    options.create = create;
    // Scripted commands check a large file only when there is reason to (see IntegrityCheck);
    // `init` always checks.
    options.integrityCheck =
        create ? Database::IntegrityCheck::Always : Database::IntegrityCheck::Auto;
    // Audit timestamps use the real time even when --as-of pins "today" for the rules.
    auto opened = Database::open(dbPath(), options);
    if (!opened) {
        err << opened.error().toString() << Qt::endl;
        return nullptr;
    }
    m_db = std::move(opened.value());
    // A backstop for authorize(), which could not read the file before: a database with
    // accounts on is never worked on without a login.
    if (!m_loggingIn && !m_db->session()) {
        const auto on = AccountRepository(*m_db).accountsEnabled();
        if (!on || on.value()) {
            err << (on ? loginRequiredMessage() : on.error().toString()) << Qt::endl;
            m_db.reset();
            return nullptr;
        }
    }
    return m_db.get();
}

int Context::agencyFilter(QList<qint64> &agencyIds)
{
    agencyIds.clear();
    if (!isSet(QStringLiteral("agency")))
        return Ok;
    Database *db = openDatabase();
    if (!db)
        return DataError;
    const QString name = value(QStringLiteral("agency")).trimmed();
    auto agency = AgencyRepository(*db).findByName(name);
    if (!agency)
        return dataError(agency.error().toString());
    if (!agency.value())
        return usageError(
            QCoreApplication::translate("Cli", "There is no enforcement body named \"%1\".").arg(name));
    agencyIds = {agency.value()->id};
    return Ok;
}

int Context::usageError(const QString &message)
{
    err << message << Qt::endl;
    return Usage;
}

int Context::dataError(const QString &message)
{
    err << message << Qt::endl;
    return DataError;
}

int Context::fail(const Error &error, bool usageErrors)
{
    err << error.toString() << Qt::endl;
    if (error.code == Error::Code::Refused)
        return Refused;
    return usageErrors && error.code == Error::Code::Usage ? Usage : DataError;
}

} // namespace Jiandu::Cli
