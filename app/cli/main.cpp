#include "cli.h"
#include "util/i18n.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <memory>
#include <QStringList>

using namespace Jiandu;

namespace {

QString commandList()
{
    QString text = QCoreApplication::translate("Cli", "Commands:") + QLatin1Char('\n');
    for (const Cli::Command &c : Cli::Registry::all())
        text += QStringLiteral("  %1\n      %2\n")
                    .arg(c.synopsis,
                         QCoreApplication::translate("Cli", c.summary.toUtf8().constData()));
    return text;
}
} // namespace

int main(int argc, char *argv[])
{
    // Printing needs fonts, hence a QGuiApplication; the CLI never shows a window, so it
    // runs on the offscreen platform (unless one is chosen explicitly). Every other command
    // runs on a plain QCoreApplication: faster to start and silent about displays.
    bool needsGui = false;
    // `report annual --out FILE.pdf|.odt` prints too.
    bool report = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg = QByteArray(argv[i]).toLower();
        report = report || arg == "report";
        needsGui = needsGui || arg == "print" ||
                   (report && (arg.endsWith(".pdf") || arg.endsWith(".odt")));
    }
    std::unique_ptr<QCoreApplication> application;
    if (needsGui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            // Headless (cron, CI): give the platform plugin the private runtime folder it
            // would otherwise warn about on every run.
            const QString dir = QDir::temp().filePath(
                QStringLiteral("jiandu-runtime-%1").arg(qEnvironmentVariable("USER")));
            if (QDir().mkpath(dir)) {
                QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ExeOwner);
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
            }
        }
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Jiandu"));
    QCoreApplication::setApplicationName(QStringLiteral("Jiandu"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JIANDU_VERSION));

    // --lang is read before parsing so that help and messages are translated too.
    QString lang = QStringLiteral("zh_CN");
    const QStringList raw = app.arguments();
    for (int i = 1; i < raw.size(); ++i) {
        if (raw.at(i) == u"--lang" && i + 1 < raw.size())
            lang = raw.at(i + 1);
        else if (raw.at(i).startsWith(QStringLiteral("--lang=")))
            lang = raw.at(i).mid(7);
    }
    I18n::install(lang);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Jiandu (监督台账): the command line of the law-enforcement supervision ledger."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("Cli", "The command to run (see below)."));
    Cli::addOptions(parser);

    if (!parser.parse(raw)) {
        QTextStream(stderr) << parser.errorText() << Qt::endl;
        return Cli::Usage;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << QStringLiteral("jiandu-cli ")
                            << QCoreApplication::applicationVersion() << Qt::endl;
        return Cli::Ok;
    }
    QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")) || positional.isEmpty()) {
        QTextStream out(parser.isSet(QStringLiteral("help")) ? stdout : stderr);
        out << parser.helpText() << Qt::endl << commandList();
        return parser.isSet(QStringLiteral("help")) ? Cli::Ok : Cli::Usage;
    }
    const QString name = positional.takeFirst();
    const Cli::Command *command = Cli::Registry::find(name);
    if (!command) {
        QTextStream(stderr)
            << QCoreApplication::translate("Cli", "Unknown command \"%1\".").arg(name) << Qt::endl
            << commandList();
        return Cli::Usage;
    }
    Cli::Context context(parser, positional);
    if (const int r = context.validateCommon(); r != Cli::Ok)
        return r;
    if (const int r = context.authorize(*command); r != Cli::Ok)
        return r;
    return command->run(context);
}
