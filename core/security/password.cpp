#include "password.h"

#include <QCoreApplication>
#include <QStringList>

#include <sodium.h>

#include <mutex>

namespace Jiandu::Security::Password {

namespace {
constexpr unsigned long long kOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t kMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
constexpr int kMinimumLength = 8;
constexpr int kMinimumKinds = 3;

bool ready()
{
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] { ok = sodium_init() >= 0; });
    return ok;
}

Error sodiumError()
{
    return Error{Error::Code::Io,
                 QCoreApplication::translate("Password",
                                             "The password could not be hashed (out of memory)."),
                 QCoreApplication::translate("Password", "Password")};
}
} // namespace

Result<QString> hash(const QString &password)
{
    if (!ready())
        return sodiumError();
    QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES] = {};
    const int rc =
        crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                              kOpsLimit, kMemLimit, crypto_pwhash_ALG_ARGON2ID13);
    wipe(utf8);
    if (rc != 0)
        return sodiumError();
    return QString::fromLatin1(out);
}

bool verify(const QString &hash, const QString &password)
{
    if (!ready() || hash.isEmpty())
        return false;
    const QByteArray encoded = hash.toLatin1();
    if (encoded.size() >= crypto_pwhash_STRBYTES)
        return false;
    QByteArray utf8 = password.toUtf8();
    const bool ok = crypto_pwhash_str_verify(encoded.constData(), utf8.constData(),
                                             static_cast<unsigned long long>(utf8.size())) == 0;
    wipe(utf8);
    return ok;
}

bool needsRehash(const QString &hash)
{
    if (!ready())
        return false;
    const QByteArray encoded = hash.toLatin1();
    return crypto_pwhash_str_needs_rehash(encoded.constData(), kOpsLimit, kMemLimit) != 0;
}

QString policyProblem(const QString &password)
{
    int length = 0;
    bool upper = false;
    bool lower = false;
    bool digit = false;
    bool other = false;
    for (char32_t c : password.toUcs4()) {
        ++length;
        if (QChar::isUpper(c))
            upper = true;
        else if (QChar::isLower(c))
            lower = true;
        else if (QChar::isDigit(c))
            digit = true;
        else
            other = true; // punctuation, spaces, CJK characters...
    }
    const int kinds = int(upper) + int(lower) + int(digit) + int(other);
    QStringList missing;
    if (length < kMinimumLength)
        missing << QCoreApplication::translate("Password", "at least %1 characters")
                       .arg(kMinimumLength);
    if (kinds < kMinimumKinds)
        missing << QCoreApplication::translate("Password",
                                               "at least %1 of these kinds of characters: "
                                               "upper-case letters, lower-case letters, digits, "
                                               "other characters")
                       .arg(kMinimumKinds);
    if (missing.isEmpty())
        return {};
    return QCoreApplication::translate("Password", "The password needs %1.")
        .arg(missing.join(QCoreApplication::translate("Password", " and ")));
}

void wipe(QString &password)
{
    if (!password.isEmpty() && !password.isDetached()) {
        password.clear(); // shared: only our reference goes
        return;
    }
    if (!password.isEmpty())
        sodium_memzero(password.data(), size_t(password.size()) * sizeof(QChar));
    password.clear();
}

void wipe(QByteArray &password)
{
    if (!password.isEmpty() && !password.isDetached()) {
        password.clear();
        return;
    }
    if (!password.isEmpty())
        sodium_memzero(password.data(), size_t(password.size()));
    password.clear();
}

} // namespace Jiandu::Security::Password
