// Fuzz target: identity-card numbers (domain/identity.h): validateIdNumber,
// normaliseIdNumber, checkCharacter, birthDate, maskIdNumber, maskPhone, composeIdNumber.
// Input: the text (UTF-8). Its first 17 characters are also given to checkCharacter, and its
// first bytes make a number with composeIdNumber.
// Checks: a valid number has 18 characters, a real birth date, the right check character,
// is already normal and keeps only its first six and last four characters when masked;
// normalising twice is normalising once; masks keep the length; a composed number is valid.

#include "fuzzsupport.h"

#include "domain/identity.h"

using namespace Jiandu;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::Input in(data, size);
    const QString text = in.restText();

    const QString problem = Identity::validateIdNumber(text);
    if (problem.isEmpty()) {
        FUZZ_CHECK(text.size() == 18);
        FUZZ_CHECK(Identity::isValidIdNumber(text));
        FUZZ_CHECK(Identity::birthDate(text).isValid());
        FUZZ_CHECK(Identity::checkCharacter(QStringView(text).left(17)) == text.at(17));
        FUZZ_CHECK(Identity::normaliseIdNumber(text) == text);
        const QString masked = Identity::maskIdNumber(text);
        FUZZ_CHECK(masked == text.left(6) + u"********"_s + text.right(4));
    }

    const QString normal = Identity::normaliseIdNumber(text);
    FUZZ_CHECK_MSG(Identity::normaliseIdNumber(normal) == normal, normal);
    FUZZ_CHECK(!normal.contains(u' '));
    // A number typed with full-width digits or a lower-case x is valid once normalised.
    if (problem.isEmpty())
        FUZZ_CHECK(Identity::isValidIdNumber(Identity::normaliseIdNumber(text.toLower())));

    FUZZ_CHECK(Identity::maskIdNumber(text).size() == text.size());
    FUZZ_CHECK(Identity::maskPhone(text).size() == text.trimmed().size());

    // Any 17 characters: a check character or nothing, never a read out of bounds.
    if (text.size() >= 17) {
        const QChar check = Identity::checkCharacter(QStringView(text).left(17));
        FUZZ_CHECK(check.isNull() || check == u'X' || (check >= u'0' && check <= u'9'));
    }

    // composeIdNumber from the input's first bytes: area 100000..999999, a birth date from
    // 1900 on, a sequence 0..999.
    if (size >= 7) {
        const int area = 100000 + int((data[0] << 16 | data[1] << 8 | data[2]) % 900000);
        const QDate birth = QDate(1900, 1, 1).addDays((data[3] << 8 | data[4]) % 40000);
        const int sequence = (data[5] << 8 | data[6]) % 1000;
        const QString id = Identity::composeIdNumber(QString::number(area), birth, sequence);
        FUZZ_CHECK_MSG(Identity::isValidIdNumber(id), id);
        FUZZ_CHECK(Identity::birthDate(id) == birth);
    }
    return 0;
}
