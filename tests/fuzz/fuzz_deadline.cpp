// Fuzz target: deadlines. The deadline phrases of rectification plans
// (DeadlinePhrase::parse) and the working-day counting of the holiday calendar
// (WorkingCalendar: addWorkingDays / workingDaysBetween, on the shipped calendar or on one
// read from the input with WorkingCalendar::fromJson).
// Input: one mode byte, then
//  - mode 0 mod 3: two bytes of source date (days after 2000-01-01, 0xFFFF: none), the phrase
//  - mode 1 mod 3: questions on the shipped calendar (see ask())
//  - mode 2 mod 3: two questions, then a calendar as JSON (resources/calendar/holidays-cn.json)
// Checks: a phrase not understood says nothing; an understood one has a valid date or is
// open-ended, in a plausible year; trailing punctuation and spaces change nothing. The
// calendar keeps the inverse laws of workingcalendar.h.

#include "fuzzsupport.h"

#include "calendar/deadlinephrase.h"
#include "calendar/workingcalendar.h"

using namespace Jiandu;
using namespace Qt::StringLiterals;

namespace {

QString describe(const DeadlinePhrase::Meaning &m)
{
    return u"understood=%1 open=%2 date=%3"_s.arg(m.understood)
        .arg(m.openEnded)
        .arg(m.date ? m.date->toString(Qt::ISODate) : u"-"_s);
}

void phrase(Fuzz::Input &in)
{
    const uint16_t days = in.u16();
    const QDate source = days == 0xFFFF ? QDate() : QDate(2000, 1, 1).addDays(days % 32000);
    const QString text = in.restText();
    const auto m = DeadlinePhrase::parse(text, source);
    if (!m.understood) {
        FUZZ_CHECK(m == DeadlinePhrase::Meaning{});
    } else {
        FUZZ_CHECK(m.date || m.openEnded);
        if (m.date) {
            FUZZ_CHECK(m.date->isValid());
            // A year written is 1990..2100; without one, at most 8 years after the source.
            FUZZ_CHECK_MSG(m.date->year() >= 1990 && m.date->year() <= 2100, describe(m));

        }
    }
    FUZZ_CHECK_MSG(DeadlinePhrase::parse(text + u"。"_s, source) == m, describe(m));
    FUZZ_CHECK_MSG(DeadlinePhrase::parse(u" "_s + text + u"\u3000"_s, source) == m, describe(m));
}

// One question from 5 bytes: a start day (two bytes) after `base`, a count (two bytes, signed;
// scaled by the fifth byte's low bits), and the offset of a second day to count up to.
void ask(const WorkingCalendar &cal, const QDate &base, Fuzz::Input &in)
{
    const QDate from = base.addDays(in.u16() % 5000);
    const int scale = 1 << (in.byte() & 7);
    const int n = int(int16_t(in.u16())) * scale;
    const QDate to = from.addDays(int(int16_t(in.u16())));

    if (const auto r = cal.addWorkingDays(from, n)) {
        const QDate t = *r;
        FUZZ_CHECK(t.isValid());
        if (n == 0)
            FUZZ_CHECK(t == from);
        else
            FUZZ_CHECK(n > 0 ? t > from : t < from);
        const auto back = cal.workingDaysBetween(from, t);
        FUZZ_CHECK_MSG(back.ok(), back.error().toString());
        const auto fromWorking = cal.isWorkingDay(from);
        FUZZ_CHECK_MSG(*back == n || (n < 0 && fromWorking.ok() && !*fromWorking && *back == n + 1), u"%1 + %2 -> %3 counts %4"_s.arg(from.toString(Qt::ISODate))
                                       .arg(n)
                                       .arg(t.toString(Qt::ISODate))
                                       .arg(*back));
        if (n != 0) {
            const auto working = cal.isWorkingDay(t);
            FUZZ_CHECK(working.ok() && *working);
        }
    }
    if (const auto between = cal.workingDaysBetween(from, to)) {
        FUZZ_CHECK(from <= to ? *between >= 0 : *between <= 0);
        const auto reverse = cal.workingDaysBetween(to, from);
        FUZZ_CHECK(reverse.ok() && *reverse == -*between);
        const auto working = cal.isWorkingDay(to);
        const auto fromWorking = cal.isWorkingDay(from);
        // Counting back holds from a working day only (workingcalendar.h).
        if (working.ok() && *working && (from <= to || (fromWorking.ok() && *fromWorking))) {
            const auto again = cal.addWorkingDays(from, *between);
            FUZZ_CHECK_MSG(again.ok() && *again == to,
                           u"%1 .. %2"_s.arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::Input in(data, size);
    const uint8_t mode = in.byte() % 3;
    if (mode == 0) {
        phrase(in);
    } else if (mode == 1) {
        static const WorkingCalendar shipped = WorkingCalendar::shipped().value();
        while (!in.atEnd())
            ask(shipped, QDate(2015, 6, 1), in);
    } else {
        const QByteArray questions = in.take(14);
        const QByteArray json = in.rest();
        const auto cal = WorkingCalendar::fromJson(json, u"fuzz.json"_s);
        if (!cal) {
            FUZZ_CHECK(!cal.error().message.isEmpty());
            return 0;
        }
        const QDate base(cal->years().constFirst() - 1, 10, 1);
        Fuzz::Input q(reinterpret_cast<const uint8_t *>(questions.constData()),
                      size_t(questions.size()));
        while (!q.atEnd())
            ask(*cal, base, q);
    }
    return 0;
}
