#pragma once

// The command framework of jiandu-cli (spec: shared/spec/cli.md). Each command lives in its
// own cmd_*.cpp and registers itself with JIANDU_CLI_COMMAND; commands parse arguments, call
// core, and print. They hold no domain logic.

#include "security/access.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QDate>
#include <QList>
#include <QString>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace Jiandu::Cli {

enum Exit : int
{
    Ok = 0,
    Problems = 1,  // the command ran and found problems
    Usage = 2,     // usage error
    DataError = 3, // missing file, corrupt database, unwritable output
    // Accounts (an addition to spec/cli.md's exit codes): the login failed (wrong name or
    // password, locked or disabled account, a password to change first), or the account's
    // role or agency does not allow the command.
    Refused = 4,
};

struct Command;

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
    // Prints the error; returns Refused for Error::Code::Refused (the core refused what the
    // account may not do), Usage for Error::Code::Usage when `usageErrors`, else DataError.
    int fail(const Error &error, bool usageErrors = false);

    // Accounts (clilogin.cpp). Before the command runs: when the database has accounts on,
    // logs in as --user (password from JIANDU_PASSWORD or the terminal), refuses a login
    // whose password must be changed first (except for `passwd`), and checks the right the
    // command needs; on a single-user database refuses --user. Returns Ok or the exit code
    // (message printed).
    int authorize(const Command &command);
    // --user NAME, empty when not given.
    [[nodiscard]] QString user() const;
    // Whether the database has accounts on (known after authorize()).
    [[nodiscard]] bool accountsOn() const { return m_accountsOn; }
    // The password the login used (for `passwd`, which must give the current one); wiped by
    // takeLoginPassword() and by the destructor.
    QString takeLoginPassword();
    // Records in the audit trail that the command shows or writes identity-card numbers in
    // full (--unmasked), e.g. key "export officers". Returns Ok or the exit code.
    int auditUnmask(const QString &key);
    // Closes the database (restore replaces the file).
    void closeDatabase() { m_db.reset(); }

    ~Context();
    Q_DISABLE_COPY_MOVE(Context)

    // "This database requires a login: --user NAME ..."
    static QString loginRequiredMessage();

private:
    bool m_accountsOn = false;
    bool m_loggingIn = false;
    QString m_loginPassword;
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
    // The right the command needs when accounts are on (it may depend on the subcommand);
    // nullopt: a login is enough. An account without it gets Access::refusal() and exit 4.
    std::function<std::optional<Security::Permission>(const Context &)> permission;
};

// Command::permission for a command that needs `permission` whatever its arguments.
inline std::function<std::optional<Security::Permission>(const Context &)>
needs(Security::Permission permission)
{
    return [permission](const Context &) { return std::optional(permission); };
}
// Command::permission for a command any logged-in account may run.
inline std::function<std::optional<Security::Permission>(const Context &)> loginOnly()
{
    return [](const Context &) { return std::optional<Security::Permission>(); };
}

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
