#pragma once

#include <QString>

#include <optional>

namespace Jiandu::Cli {

struct SecretResult
{
    std::optional<QString> secret; // nullopt: none could be read (`problem` says why)
    QString problem;
};

// The value of `envVariable` when set; otherwise asked on the terminal (stderr) with the
// echo off. Not a terminal and no variable: no secret, and a message naming the variable.
SecretResult readSecret(const char *envVariable, const QString &prompt);
// A new password: JIANDU_NEW_PASSWORD, else asked twice on the terminal (the two must agree).
SecretResult readNewPassword(const QString &prompt);

} // namespace Jiandu::Cli
