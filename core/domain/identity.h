#pragma once

#include <QDate>
#include <QString>

namespace Jiandu::Identity {

// GB 11643-1999 citizen identity number: 6-digit area, 8-digit birth date, 3-digit
// sequence, check character (0-9 or X). Returns an empty string when valid, otherwise a
// translated explanation of what is wrong.
QString validateIdNumber(const QString &idNumber);
inline bool isValidIdNumber(const QString &idNumber) { return validateIdNumber(idNumber).isEmpty(); }

// The check character for the first 17 digits (ISO 7064 MOD 11-2).
QChar checkCharacter(QStringView first17);

// Birth date encoded in a (valid) number; invalid QDate otherwise.
QDate birthDate(const QString &idNumber);

// Normalises case and surrounding/inner spaces: " 11010119900307123x " -> "11010119900307123X".
QString normaliseIdNumber(const QString &idNumber);

// "110101********1234": first six and last four shown. Anything else masked whole.
QString maskIdNumber(const QString &idNumber);

// "138****5678": first three and last four shown.
QString maskPhone(const QString &phone);

} // namespace Jiandu::Identity

namespace Jiandu::Identity {
// Builds a valid number from an area code, birth date and 3-digit sequence (demo, tests).
QString composeIdNumber(const QString &area6, const QDate &birth, int sequence);
} // namespace Jiandu::Identity
