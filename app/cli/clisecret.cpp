// Passwords on the command line: from the environment (scripts) or typed on the terminal with
// the echo off. Never from an argument (it would show in `ps` and the shell history).

#include "clisecret.h"

#include "security/password.h"

#include <QCoreApplication>

#include <cstdio>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace Jiandu::Cli {
namespace {

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) == 1;
#endif
}

// Switches the terminal's echo off while alive.
class EchoOff final
{
    Q_DISABLE_COPY_MOVE(EchoOff)

public:
    EchoOff()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        if (m_handle != INVALID_HANDLE_VALUE && GetConsoleMode(m_handle, &m_mode))
            m_active = SetConsoleMode(m_handle, m_mode & ~DWORD(ENABLE_ECHO_INPUT)) != 0;
#else
        if (tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            quiet.c_lflag |= tcflag_t(ECHONL);
            m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
#endif
    }
    ~EchoOff()
    {
        if (!m_active)
            return;
#ifdef Q_OS_WIN
        SetConsoleMode(m_handle, m_mode);
        std::fputc('\n', stderr); // the Enter typed was not echoed
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#endif
    }

private:
    bool m_active = false;
#ifdef Q_OS_WIN
    HANDLE m_handle = INVALID_HANDLE_VALUE;
    DWORD m_mode = 0;
#else
    termios m_saved{};
#endif
};

std::optional<QString> prompt(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    std::string line;
    {
        EchoOff quiet;
        for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar())
            line.push_back(char(c));
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    QString value = QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    return value;
}

} // namespace

SecretResult readSecret(const char *envVariable, const QString &promptText)
{
    if (qEnvironmentVariableIsSet(envVariable))
        return {qEnvironmentVariable(envVariable), {}};
    if (!stdinIsTerminal())
        return {std::nullopt,
                QCoreApplication::translate(
                    "Cli", "No password: set %1, or run the command on a terminal to be asked.")
                    .arg(QString::fromLatin1(envVariable))};
    return {prompt(promptText), {}};
}

SecretResult readNewPassword(const QString &promptText)
{
    static const char kEnv[] = "JIANDU_NEW_PASSWORD";
    if (qEnvironmentVariableIsSet(kEnv))
        return readSecret(kEnv, promptText);
    SecretResult first = readSecret(kEnv, promptText);
    if (!first.secret)
        return first;
    SecretResult again =
        readSecret(kEnv, QCoreApplication::translate("Cli", "Repeat the new password: "));
    if (!again.secret)
        return again;
    const bool same = *first.secret == *again.secret;
    Security::Password::wipe(*again.secret);
    if (!same) {
        Security::Password::wipe(*first.secret);
        return {std::nullopt,
                QCoreApplication::translate("Cli", "The two passwords differ; nothing changed.")};
    }
    return first;
}

} // namespace Jiandu::Cli
