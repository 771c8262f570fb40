#pragma once

// Runs the built jiandu-cli (JIANDU_CLI_PATH is defined for tests/cli/ executables).

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Jiandu::Test {

struct CliRun
{
    int exitCode = -1; // -1 when it crashed or did not finish
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList &args,
                     const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(JIANDU_CLI_PATH), args);
    CliRun r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace Jiandu::Test
