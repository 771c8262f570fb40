#include "identity.h"

#include <QCoreApplication>

namespace Jiandu::Identity {

namespace {
constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char kCheck[] = "10X98765432";

} // namespace

// A null QChar unless `first17` is 17 ASCII digits (a character below '0' made the sum
// negative and read before kCheck).
QChar checkCharacter(QStringView first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const char16_t c = first17.at(i).unicode();
        if (c < u'0' || c > u'9')
            return {};
        sum += (c - u'0') * kWeights[i];
    }
    return QChar::fromLatin1(kCheck[sum % 11]);
}

QString normaliseIdNumber(const QString &idNumber)
{
    QString s = idNumber;
    s.remove(QLatin1Char(' '));
    s = s.trimmed().toUpper();
    // Full-width digits and Ｘ typed with a Chinese input method.
    for (QChar &c : s) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            c = QChar(u'0' + (c.unicode() - 0xFF10));
        else if (c.unicode() == 0xFF38 || c.unicode() == 0xFF58)
            c = QLatin1Char('X');
    }
    return s;
}

QString validateIdNumber(const QString &idNumber)
{
    const QString s = idNumber;
    if (s.size() != 18)
        return QCoreApplication::translate("Identity", "an identity-card number has 18 characters, this one has %1").arg(s.size());
    for (int i = 0; i < 17; ++i)
        if (!s.at(i).isDigit() || s.at(i).unicode() > 0x7f)
            return QCoreApplication::translate("Identity", "character %1 of the identity-card number must be a digit").arg(i + 1);
    const QChar last = s.at(17);
    if (!(last.isDigit() && last.unicode() < 0x80) && last != QLatin1Char('X'))
        return QCoreApplication::translate("Identity", "the last character of the identity-card number must be a digit or X");
    if (!birthDate(s).isValid())
        return QCoreApplication::translate("Identity", "the birth date %1 in the identity-card number is not a real date")
            .arg(s.mid(6, 8));
    const QChar expected = checkCharacter(QStringView(s).left(17));
    if (expected != last)
        return QCoreApplication::translate("Identity", "the check digit is wrong (expected %1, found %2)").arg(expected).arg(last);
    return {};
}

QDate birthDate(const QString &idNumber)
{
    if (idNumber.size() < 14)
        return {};
    bool okY = false, okM = false, okD = false;
    const int y = idNumber.mid(6, 4).toInt(&okY);
    const int m = idNumber.mid(10, 2).toInt(&okM);
    const int d = idNumber.mid(12, 2).toInt(&okD);
    if (!okY || !okM || !okD || y < 1900)
        return {};
    return QDate(y, m, d);
}

QString maskIdNumber(const QString &idNumber)
{
    if (idNumber.size() < 10)
        return QString(idNumber.size(), QLatin1Char('*'));
    return idNumber.left(6) + QString(idNumber.size() - 10, QLatin1Char('*')) + idNumber.right(4);
}

QString maskPhone(const QString &phone)
{
    const QString p = phone.trimmed();
    if (p.isEmpty())
        return {};
    if (p.size() < 8)
        return QString(p.size(), QLatin1Char('*'));
    return p.left(3) + QString(p.size() - 7, QLatin1Char('*')) + p.right(4);
}

} // namespace Jiandu::Identity

namespace Jiandu::Identity {
QString composeIdNumber(const QString &area6, const QDate &birth, int sequence)
{
    const QString first17 = area6 + birth.toString(QStringLiteral("yyyyMMdd"))
                            + QStringLiteral("%1").arg(sequence % 1000, 3, 10, QLatin1Char('0'));
    return first17 + checkCharacter(first17);
}
} // namespace Jiandu::Identity
