#include "util/parsing.h"

#include <QtTest>

using namespace Jiandu;
using namespace Qt::StringLiterals;

class TestParsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("iso") << QStringLiteral("2024-03-05") << QDate(2024, 3, 5);
        QTest::newRow("slash") << QStringLiteral("2024/3/5") << QDate(2024, 3, 5);
        QTest::newRow("dot") << QStringLiteral("2024.3.5") << QDate(2024, 3, 5);
        QTest::newRow("chinese") << QStringLiteral("2024年3月5日") << QDate(2024, 3, 5);
        QTest::newRow("chinese padded") << QStringLiteral(" 2024年03月05日 ") << QDate(2024, 3, 5);
        QTest::newRow("compact") << QStringLiteral("20240305") << QDate(2024, 3, 5);
        QTest::newRow("not a day") << QStringLiteral("2024-02-30") << QDate();
        QTest::newRow("us order") << QStringLiteral("03/05/2024") << QDate();
        QTest::newRow("words") << QStringLiteral("明年") << QDate();
        QTest::newRow("empty") << QString() << QDate();
        QTest::newRow("mixed separators") << QStringLiteral("2024-3/5") << QDate(2024, 3, 5);
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        QCOMPARE(Parse::date(text), expected);
    }

    void yesNo()
    {
        for (const char *t : {"是", "Y", "y", "1", "true", "TRUE"})
            QCOMPARE(Parse::yesNo(QString::fromUtf8(t)), std::optional<bool>(true));
        for (const char *t : {"否", "N", "0", "false", ""})
            QCOMPARE(Parse::yesNo(QString::fromUtf8(t)), std::optional<bool>(false));
        QCOMPARE(Parse::yesNo(QStringLiteral("也许")), std::nullopt);
    }

    void money()
    {
        QCOMPARE(Parse::moneyFen(QStringLiteral("12,500.5")), std::optional<qint64>(1250050));
        QCOMPARE(Parse::moneyFen(QStringLiteral("0.01")), std::optional<qint64>(1));
        QCOMPARE(Parse::moneyFen(QStringLiteral("300元")), std::optional<qint64>(30000));
        QCOMPARE(Parse::moneyFen(QStringLiteral("1.234")), std::nullopt);
        QCOMPARE(Parse::moneyFen(QStringLiteral("-5")), std::nullopt);
    }

    void decimals()
    {
        QCOMPARE(Parse::decimal(u" 1.5 "_s), std::optional<double>(1.5));
        QCOMPARE(Parse::decimal(u"-1"_s), std::nullopt);
        // QString::toDouble converts these; class hours cannot be infinite (found by fuzz_date).
        QCOMPARE(Parse::decimal(u"inf"_s), std::nullopt);
        QCOMPARE(Parse::decimal(u"nan"_s), std::nullopt);
        QCOMPARE(Parse::decimal(u"1e999"_s), std::nullopt);
    }

    void lists()
    {
        QCOMPARE(Parse::list(QStringLiteral("A001、A002；A003, A004，A005;")),
                 (QStringList{QStringLiteral("A001"), QStringLiteral("A002"), QStringLiteral("A003"),
                              QStringLiteral("A004"), QStringLiteral("A005")}));
    }

    void headers()
    {
        QCOMPARE(Parse::normaliseHeader(QStringLiteral(" 时长（分钟） ")), Parse::normaliseHeader(QStringLiteral("时长(分钟)")));
        QCOMPARE(Parse::normaliseHeader(QStringLiteral("ｉｄ＿ｎｕｍｂｅｒ")), QStringLiteral("id_number"));
    }
};

QTEST_GUILESS_MAIN(TestParsing)
#include "tst_parsing.moc"
