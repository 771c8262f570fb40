// Deadline phrases of rectification plans (整改时限). The text is normalised (full-width to
// half-width, spaces removed, Chinese numerals to digits), an open-ended tail ("并持续开展")
// and a "…前(完成)" tail are taken off, and what remains must be one of the date shapes below,
// read whole. Anything else is not understood: no date is guessed.
//
// Shapes: 2024年6月30日 / 2024-6-30 / 6月30日; 2024年6月(底|末|份) / 6月底 / 20226月底 (the seeds'
// copy lost the 年: four digits of year, then the month); 6月上旬 (10th) / 中旬 (20th) /
// 下旬 (month end); 2024年底 / 年底 / 年内; 上半年 / 下半年; 第三季度 / 三季度末; alone
// or followed by an open-ended phrase: 长期坚持, 持续推进, 持续开展, 常态化开展…, and
// "按照市级有关部门部署推进" (paced by a higher authority: open-ended, no date).
// Decision: 立即整改 / 即知即改 are not understood (no date to check; a person sets it).

#include "deadlinephrase.h"

#include <QRegularExpression>

#include <functional>

namespace Jiandu::DeadlinePhrase {

namespace {

using namespace Qt::StringLiterals;

int chineseDigit(QChar c)
{
    static const QString digits = u"〇一二三四五六七八九"_s;
    if (c == u'零')
        return 0;
    if (c == u'两')
        return 2;
    return int(digits.indexOf(c));
}

// 十二 → 12, 二十 → 20, 三十一 → 31, 二〇二四 → 2024 (digit by digit without 十).
QString chineseNumber(const QString &run)
{
    const qsizetype ten = run.indexOf(u'十');
    if (ten < 0) {
        QString out;
        for (QChar c : run)
            out += QChar(u'0' + chineseDigit(c));
        return out;
    }
    if (run.count(u'十') > 1 || ten > 1 || run.size() - ten > 2)
        return run; // not a number of this shape: left as is, so not understood
    const int tens = ten == 0 ? 1 : chineseDigit(run.at(0));
    const int units = ten + 1 < run.size() ? chineseDigit(run.at(ten + 1)) : 0;
    return QString::number(tens * 10 + units);
}

bool isChineseNumeral(QChar c)
{
    return c == u'十' || chineseDigit(c) >= 0;
}

QString normalise(const QString &text)
{
    const QString kc = text.normalized(QString::NormalizationForm_KC);
    QString compact;
    for (QChar c : kc)
        if (!c.isSpace())
            compact += c;
    QString out;
    for (qsizetype i = 0; i < compact.size();) {
        if (!isChineseNumeral(compact.at(i))) {
            out += compact.at(i++);
            continue;
        }
        qsizetype j = i;
        while (j < compact.size() && isChineseNumeral(compact.at(j)))
            ++j;
        out += chineseNumber(compact.mid(i, j - i));
        i = j;
    }
    static const QRegularExpression trailing(u"[。.;；,，!！]+$"_s);
    out.remove(trailing);
    out.replace(u"之前"_s, u"前"_s).replace(u"以前"_s, u"前"_s);
    return out;
}

const QString kOpen = uR"((?:长期坚持|长期开展|长期推进|持续推进|持续开展|持续落实|持续整改|持续抓好|常态化开展|常态化推进|常态化落实|常态化|长期))"_s;

bool isOpenEnded(const QString &s)
{
    static const QRegularExpression open(u"^"_s + kOpen + u"$"_s);
    // 按照市级有关部门部署推进, 按照市政府部署推进, 根据上级部署落实…
    static const QRegularExpression paced(uR"(^(?:按照|根据|按|依照).{1,24}(?:部署|要求|安排)(?:推进|落实|开展|执行|实施)$)"_s);
    return open.match(s).hasMatch() || paced.match(s).hasMatch();
}

int lastDay(int year, int month)
{
    return QDate(year, month, 1).daysInMonth();
}

bool plausibleYear(int year)
{
    return year >= 1990 && year <= 2100;
}

// A date for a year, or invalid when that year has no such day (2月29日).
using DateOfYear = std::function<QDate(int year)>;

// The written year's date, or (no year written) the first such date on or after sourceDate.
std::optional<QDate> resolve(const QString &yearText, const QDate &sourceDate, const DateOfYear &dateOf)
{
    if (!yearText.isEmpty()) {
        const int year = yearText.toInt();
        if (!plausibleYear(year))
            return std::nullopt;
        const QDate d = dateOf(year);
        return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
    }
    if (!sourceDate.isValid())
        return std::nullopt;
    for (int year = sourceDate.year(); year <= sourceDate.year() + 8; ++year) {
        const QDate d = dateOf(year);
        if (d.isValid() && d >= sourceDate)
            return d;
    }
    return std::nullopt;
}

std::optional<QDate> parseDate(const QString &s, const QDate &sourceDate)
{
    static const QRegularExpression day(uR"(^(?:(\d{4})[年\-/.])?(\d{1,2})[月\-/.](\d{1,2})[日号]?$)"_s);
    static const QRegularExpression month(uR"(^(?:(\d{4})年?)?(\d{1,2})月(底|末|份|上旬|中旬|下旬)?$)"_s);
    static const QRegularExpression yearEnd(uR"(^(\d{4})?年(?:年)?(?:底|末|内)$)"_s);
    static const QRegularExpression half(uR"(^(?:(\d{4})年)?(上|下)半年(?:底|末)?$)"_s);
    static const QRegularExpression quarter(uR"(^(?:(\d{4})年)?第?([1-4])季度(?:末|底)?$)"_s);

    if (auto m = day.match(s); m.hasMatch()) {
        const int mo = m.captured(2).toInt();
        const int d = m.captured(3).toInt();
        return resolve(m.captured(1), sourceDate, [=](int y) { return QDate(y, mo, d); });
    }
    if (auto m = month.match(s); m.hasMatch()) {
        const int mo = m.captured(2).toInt();
        if (mo < 1 || mo > 12)
            return std::nullopt;
        const QString part = m.captured(3);
        return resolve(m.captured(1), sourceDate, [=](int y) {
            if (part == u"上旬")
                return QDate(y, mo, 10);
            if (part == u"中旬")
                return QDate(y, mo, 20);
            return QDate(y, mo, lastDay(y, mo));
        });
    }
    if (auto m = yearEnd.match(s); m.hasMatch())
        return resolve(m.captured(1), sourceDate, [](int y) { return QDate(y, 12, 31); });
    if (auto m = half.match(s); m.hasMatch()) {
        const int mo = m.captured(2) == u"上" ? 6 : 12;
        return resolve(m.captured(1), sourceDate, [=](int y) { return QDate(y, mo, lastDay(y, mo)); });
    }
    if (auto m = quarter.match(s); m.hasMatch()) {
        const int mo = m.captured(2).toInt() * 3;
        return resolve(m.captured(1), sourceDate, [=](int y) { return QDate(y, mo, lastDay(y, mo)); });
    }
    return std::nullopt;
}
} // namespace

Meaning parse(const QString &text, const QDate &sourceDate)
{
    QString s = normalise(text);
    if (s.isEmpty())
        return {};
    if (isOpenEnded(s))
        return Meaning{std::nullopt, true, true};

    bool openEnded = false;
    // "…完成并持续开展", "…前，长期坚持"
    static const QRegularExpression openTail(uR"((?:并|并且|[,，;；、])?)"_s + kOpen + u"$"_s);
    if (auto m = openTail.match(s); m.hasMatch() && m.capturedStart() > 0) {
        openEnded = true;
        s.truncate(m.capturedStart());
    }
    static const QRegularExpression doneTail(uR"((?:完成整改|整改完成|整改到位|完成|办结|落实到位|到位)$)"_s);
    s.remove(doneTail);
    static const QRegularExpression beforeTail(uR"((?:前|止|为止)$)"_s);
    s.remove(beforeTail);

    const auto date = parseDate(s, sourceDate);
    if (!date)
        return {};
    return Meaning{date, openEnded, true};
}

} // namespace Jiandu::DeadlinePhrase
