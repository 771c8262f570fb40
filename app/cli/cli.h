#pragma once

// The command framework of jiandu-cli (spec: shared/spec/cli.md). Each command lives in its
// own cmd_*.cpp and registers itself with JIANDU_CLI_COMMAND; commands parse arguments, call
// core, and print. They hold no domain logic.

#include "storage/database.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QDate>
#include <QList>
#include <QString>
#include <QTextStream>

#include <functional>
#include <memory>

namespace Jiandu::Cli {

enum Exit : int
{
    Ok = 0,
    Problems = 1,  // the command ran and found problems
    Usage = 2,     // usage error
    DataError = 3, // missing file, corrupt database, unwritable output
};

class Context
{
public:
    Context(QCommandLineParser &parser, QStringList positional);

    QCommandLineParser &parser;
    QStringList args; // positional arguments after the command name
    QTextStream out;  // results
    QTextStream err;  // messages

    // Options common to many commands.
    [[nodiscard]] QString dbPath() const;
    [[nodiscard]] QDate asOf() const { return m_asOf; }
    [[nodiscard]] const Clock &clock() const { return m_clock; }
    [[nodiscard]] QString format() const; // text (default), json, csv
    [[nodiscard]] QString outFile() const;
    [[nodiscard]] int year() const; // --year, default the year of --as-of
    [[nodiscard]] bool unmasked() const;
    [[nodiscard]] QString value(const QString &option) const { return parser.value(option); }
    [[nodiscard]] bool isSet(const QString &option) const { return parser.isSet(option); }

    // Validates --as-of / --year / --format. Returns Ok or Usage (message printed).
    int validateCommon();

    // Opens the database (creating it only when `create`); prints the reason and returns
    // nullptr on failure (the command then exits DataError).
    Database *openDatabase(bool create = false);
    [[nodiscard]] Database *database() const { return m_db.get(); }

    // The agency named by --agency, as a filter for core (empty when the option is not
    // given). Returns Ok, or Usage for an unknown name / DataError (message printed).
    int agencyFilter(QList<qint64> &agencyIds);

    int usageError(const QString &message);
    int dataError(const QString &message);

private:
    QDate m_asOf;
    FixedClock m_clock{QDate::currentDate()};
    std::unique_ptr<Database> m_db;
};

struct Command
{
    QString name;
    QString synopsis; // e.g. "import KIND FILE [--dry-run]"
    QString summary;  // one line, English source text (translated with context "Cli")
    std::function<int(Context &)> run;
};

// Commands register themselves at static-initialisation time.
class Registry
{
public:
    static bool add(Command command);
    static const QList<Command> &all();
    static const Command *find(const QString &name);
};

// All options known to jiandu-cli; declared in one place so help lists them all.
void addOptions(QCommandLineParser &parser);

} // namespace Jiandu::Cli

#define JIANDU_CLI_COMMAND(id, ...)                                                                \
    static const bool jianduCliCommand_##id =                                                      \
        ::Jiandu::Cli::Registry::add(::Jiandu::Cli::Command{__VA_ARGS__})
