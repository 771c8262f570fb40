#pragma once

// Passwords: Argon2id through libsodium's crypto_pwhash_str (at least the INTERACTIVE
// limits), never stored or logged in clear. The policy: at least 8 characters, of at least
// 3 of the kinds upper-case letter, lower-case letter, digit, other character.

#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace Jiandu::Security::Password {

// The encoded hash ("$argon2id$v=19$m=...") of `password` (UTF-8). An Error only when
// libsodium fails (out of memory).
Result<QString> hash(const QString &password);
// Whether `password` matches the encoded `hash` (constant time in libsodium).
bool verify(const QString &hash, const QString &password);
// Whether the hash was made with weaker limits than this build uses (rehash at login).
bool needsRehash(const QString &hash);

// Empty when `password` satisfies the policy; otherwise a translated sentence saying what is
// missing ("at least 8 characters", "at least 3 of: upper-case, lower-case, digits, other").
QString policyProblem(const QString &password);

// Overwrites a password held in memory (sodium_memzero) once it is no longer needed.
void wipe(QString &password);
void wipe(QByteArray &password);

} // namespace Jiandu::Security::Password
