// Fuzz target: the cell-value parsers of the import templates (util/parsing.h: dates, money,
// yes/no, decimals, lists, headers) and the XLSX date serials (Io::Xlsx::fromSerial).
// Input: one mode byte, then the cell's text (UTF-8); for fromSerial the first 8 bytes are
// the serial (a double, any bit pattern).
// Checks: a date that parses is valid and reads back from its ISO text; money is never
// negative nor past the limit; a decimal is finite and not negative; list items are trimmed
// and not empty; a serial gives a date between 1899-12-31 and 9999-12-31 or none.

#include "fuzzsupport.h"

#include "io/xlsxreader.h"
#include "util/parsing.h"

#include <cmath>
#include <cstring>

using namespace Jiandu;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::Input in(data, size);
    const uint8_t mode = in.byte();
    if (mode % 2 == 1) {
        double serial = 0;
        const QByteArray raw = in.take(sizeof serial);
        std::memcpy(&serial, raw.constData(), size_t(raw.size()));
        for (const bool date1904 : {false, true}) {
            const QDate d = Io::Xlsx::fromSerial(serial, date1904);
            if (!d.isValid())
                continue;
            FUZZ_CHECK(serial >= 1 && serial <= 2958465);
            FUZZ_CHECK(d >= QDate(1899, 12, 31) && d <= QDate(9999, 12, 31));
            // Serials of days after 1900-03-01 differ by the days between their dates (whole
            // days: serial + 1 may round up to the next whole number).
            const double day = std::floor(serial);
            if (!date1904 && day >= 61 && day + 1 <= 2958465)
                FUZZ_CHECK(d.daysTo(Io::Xlsx::fromSerial(day + 1, false)) == 1);
        }
        return 0;
    }
    const QString text = in.restText();

    const QDate d = Parse::date(text);
    if (d.isValid()) {
        const QString iso = Parse::isoDate(d);
        FUZZ_CHECK_MSG(Parse::date(iso) == d, iso);
        FUZZ_CHECK(Parse::date(u"  "_s + text + u"\t"_s) == d);
    } else {
        FUZZ_CHECK(Parse::isoDate(d).isEmpty());
    }

    if (const auto fen = Parse::moneyFen(text)) {
        FUZZ_CHECK(*fen >= 0);
        FUZZ_CHECK(*fen <= 90'000'000'000'000LL * 100 + 99);
    }
    if (const auto v = Parse::decimal(text))
        FUZZ_CHECK_MSG(std::isfinite(*v) && *v >= 0, text);
    if (const auto yes = Parse::yesNo(text))
        FUZZ_CHECK(Parse::yesNo(text.toUpper()).has_value() || text.toUpper().size() != text.size());
    for (const QString &item : Parse::list(text))
        FUZZ_CHECK(!item.isEmpty() && item == item.trimmed());
    const QString header = Parse::normaliseHeader(text);
    FUZZ_CHECK(!header.contains(u' '));
    return 0;
}
