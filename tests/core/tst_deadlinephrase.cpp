// DeadlinePhrase::parse against every deadline written in the seeds (001: a 2023-09-19
// rectification plan; 004: a task list of 2021-12-31) and the other shapes offices write.
// Each row: the text exactly as written, the source date, and what it must mean.

#include "calendar/deadlinephrase.h"

#include <QtTest>

using namespace Jiandu;
using namespace Qt::StringLiterals;

namespace {
const QDate kSeed001(2023, 9, 19);  // 荥阳市 rectification plan, dated 2023年9月19日
const QDate kSeed004(2021, 12, 31); // 长寿区 task list, 日期:2021-12-31
const QDate kNone;

QString describe(const DeadlinePhrase::Meaning &m)
{
    if (!m.understood)
        return u"not understood"_s;
    return u"%1%2"_s.arg(m.date ? m.date->toString(Qt::ISODate) : u"no date"_s,
                         m.openEnded ? u" + open-ended"_s : QString());
}
} // namespace

class TestDeadlinePhrase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("source");
        QTest::addColumn<QDate>("date"); // invalid: none
        QTest::addColumn<bool>("openEnded");
        QTest::addColumn<bool>("understood");
        auto row = [](const char *tag, const QString &text, QDate source, QDate date, bool open,
                      bool understood = true) {
            QTest::newRow(tag) << text << source << date << open << understood;
        };

        // Seed 001, every 整改时限 (no year: the first such date on or after 2023-09-19).
        row("001 12月底", u"12月底"_s, kSeed001, QDate(2023, 12, 31), false);
        row("001 9月底", u"9月底"_s, kSeed001, QDate(2023, 9, 30), false);
        row("001 10月底", u"10月底"_s, kSeed001, QDate(2023, 10, 31), false);
        row("001 长期坚持", u"长期坚持"_s, kSeed001, QDate(), true);
        row("001 持续推进", u"持续推进"_s, kSeed001, QDate(), true);
        // Seed 004, every 完成时限. The page lost the 年 ("20226月底前" is 2022年6月底前): four
        // digits of a plausible year followed by a month 1–12 cannot be read another way.
        row("004 20226月底前完成并持续开展", u"20226月底前完成并持续开展"_s, kSeed004, QDate(2022, 6, 30), true);
        row("004 202212月底前完成并持续开展", u"202212月底前完成并持续开展"_s, kSeed004, QDate(2022, 12, 31), true);
        row("004 202212月底前", u"202212月底前"_s, kSeed004, QDate(2022, 12, 31), false);
        row("004 20226月底前", u"20226月底前"_s, kSeed004, QDate(2022, 6, 30), false);
        row("004 持续开展", u"持续开展"_s, kSeed004, QDate(), true);
        // Decision: a pace set by a higher authority is an open-ended commitment without a
        // date (the text stays in the ledger), not a flag that no one could ever clear.
        row("004 按照市级有关部门部署推进", u"按照市级有关部门部署推进"_s, kSeed004, QDate(), true);
        row("004 按照市政府部署推进", u"按照市政府部署推进"_s, kSeed004, QDate(), true);
        // The same phrases as DOMAIN.md writes them, with the 年.
        row("2022年6月底前完成并持续开展", u"2022年6月底前完成并持续开展"_s, kSeed004, QDate(2022, 6, 30), true);
        row("2024年6月底前", u"2024年6月底前"_s, kSeed001, QDate(2024, 6, 30), false);

        // Month ends, with and without 前 / year.
        row("12月底前", u"12月底前"_s, kSeed001, QDate(2023, 12, 31), false);
        row("9月底 after September", u"9月底"_s, QDate(2023, 10, 5), QDate(2024, 9, 30), false);
        row("9月底 on the last day", u"9月底"_s, QDate(2023, 9, 30), QDate(2023, 9, 30), false);
        row("6月 alone", u"2024年6月"_s, kSeed001, QDate(2024, 6, 30), false);
        row("6月份", u"6月份"_s, kSeed001, QDate(2024, 6, 30), false);
        row("6月末", u"2024年6月末"_s, kSeed001, QDate(2024, 6, 30), false);
        row("2月底 leap", u"2024年2月底"_s, kSeed001, QDate(2024, 2, 29), false);
        row("2月底 common", u"2023年2月底前"_s, kSeed001, QDate(2023, 2, 28), false);
        row("2月底 no year", u"2月底"_s, kSeed001, QDate(2024, 2, 29), false);
        // Days.
        row("2024年6月30日前", u"2024年6月30日前"_s, kSeed001, QDate(2024, 6, 30), false);
        row("6月30日", u"6月30日"_s, kSeed001, QDate(2024, 6, 30), false);
        row("10月8日", u"10月8日"_s, kSeed001, QDate(2023, 10, 8), false);
        row("2024-06-30", u"2024-06-30"_s, kSeed001, QDate(2024, 6, 30), false);
        row("2024/6/30前", u"2024/6/30前"_s, kSeed001, QDate(2024, 6, 30), false);
        row("2月29日 no year", u"2月29日"_s, QDate(2024, 3, 1), QDate(2028, 2, 29), false);
        row("2023年2月29日", u"2023年2月29日"_s, kSeed001, QDate(), false, false);
        row("6月31日", u"6月31日"_s, kSeed001, QDate(), false, false);
        row("13月底", u"13月底"_s, kSeed001, QDate(), false, false);
        // Parts of a month.
        row("11月中旬", u"11月中旬"_s, kSeed001, QDate(2023, 11, 20), false);
        row("11月上旬", u"11月上旬"_s, kSeed001, QDate(2023, 11, 10), false);
        row("11月下旬", u"11月下旬前"_s, kSeed001, QDate(2023, 11, 30), false);
        // Years, halves, quarters.
        row("2024年底", u"2024年底"_s, kSeed001, QDate(2024, 12, 31), false);
        row("2024年年底前", u"2024年年底前"_s, kSeed001, QDate(2024, 12, 31), false);
        row("年底前", u"年底前"_s, kSeed001, QDate(2023, 12, 31), false);
        row("年内", u"年内完成"_s, kSeed001, QDate(2023, 12, 31), false);
        row("上半年", u"上半年"_s, kSeed001, QDate(2024, 6, 30), false);
        row("下半年", u"下半年"_s, kSeed001, QDate(2023, 12, 31), false);
        row("2024年上半年", u"2024年上半年"_s, kSeed001, QDate(2024, 6, 30), false);
        row("第三季度", u"第三季度"_s, QDate(2024, 1, 10), QDate(2024, 9, 30), false);
        row("三季度末", u"三季度末"_s, QDate(2024, 1, 10), QDate(2024, 9, 30), false);
        row("第三季度 passed", u"第三季度"_s, kSeed001, QDate(2023, 9, 30), false);
        row("2025年第一季度", u"2025年第一季度"_s, kSeed001, QDate(2025, 3, 31), false);
        row("第五季度", u"第五季度"_s, kSeed001, QDate(), false, false);

        // Open-ended alone.
        row("持续开展", u"持续开展"_s, kNone, QDate(), true);
        row("常态化开展", u"常态化开展"_s, kNone, QDate(), true);
        row("长期坚持 spaced", u" 长期 坚持 "_s, kNone, QDate(), true);
        row("按照上级部署落实", u"根据上级部署落实"_s, kNone, QDate(), true);
        // Date, then continuing, in other words.
        row("12月底前完成，长期坚持", u"12月底前完成，长期坚持"_s, kSeed001, QDate(2023, 12, 31), true);

        // Chinese numerals, full-width digits, spaces.
        row("十二月底", u"十二月底"_s, kSeed001, QDate(2023, 12, 31), false);
        row("二〇二四年六月底", u"二〇二四年六月底"_s, kSeed001, QDate(2024, 6, 30), false);
        row("二〇二四年六月三十日前", u"二〇二四年六月三十日前"_s, kSeed001, QDate(2024, 6, 30), false);
        row("full-width", u"２０２４年６月底前"_s, kSeed001, QDate(2024, 6, 30), false);
        row("spaces", u" 2024 年 6 月 底前 "_s, kSeed001, QDate(2024, 6, 30), false);
        row("ideographic space", u"１２月底\u3000"_s, kSeed001, QDate(2023, 12, 31), false);

        // No source date: a deadline without a year cannot be placed.
        row("12月底 no source", u"12月底"_s, kNone, QDate(), false, false);
        row("年底 no source", u"年底前"_s, kNone, QDate(), false, false);
        row("dated no source", u"2024年6月底前"_s, kNone, QDate(2024, 6, 30), false);

        // Decision: 立即整改 and 即知即改 give no date that can be checked; a person sets it.
        row("立即整改", u"立即整改"_s, kSeed001, QDate(), false, false);
        row("即知即改", u"即知即改"_s, kSeed001, QDate(), false, false);
        // Anything else: not understood, never guessed.
        row("empty", QString(), kSeed001, QDate(), false, false);
        row("尽快", u"尽快完成"_s, kSeed001, QDate(), false, false);
        row("2024年", u"2024年"_s, kSeed001, QDate(), false, false);
        row("year out of range", u"1212月底"_s, kSeed001, QDate(), false, false);
        row("two dates", u"6月底前完成初稿，9月底前定稿"_s, kSeed001, QDate(), false, false);
        row("trailing text", u"12月底前报送方案"_s, kSeed001, QDate(), false, false);
        row("see attachment", u"见附件"_s, kSeed001, QDate(), false, false);
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QDate, source);
        QFETCH(QDate, date);
        QFETCH(bool, openEnded);
        QFETCH(bool, understood);
        DeadlinePhrase::Meaning expected;
        expected.understood = understood;
        expected.openEnded = openEnded;
        if (date.isValid())
            expected.date = date;
        const auto got = DeadlinePhrase::parse(text, source);
        QCOMPARE(describe(got), describe(expected));
        QVERIFY(got == expected);
    }

    // Not understood never carries a date or the open-ended mark.
    void notUnderstoodIsEmpty()
    {
        const auto m = DeadlinePhrase::parse(u"待定"_s, kSeed001);
        QVERIFY(!m.understood);
        QVERIFY(!m.date);
        QVERIFY(!m.openEnded);
    }
};

QTEST_GUILESS_MAIN(TestDeadlinePhrase)
#include "tst_deadlinephrase.moc"
