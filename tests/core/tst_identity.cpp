#include "domain/identity.h"

#include <QtTest>

using namespace Jiandu;

class TestIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publishedVectors_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<bool>("valid");
        // The example in GB 11643-1999 Annex and widely published test numbers.
        QTest::newRow("GB 11643 example") << QStringLiteral("11010519491231002X") << true;
        QTest::newRow("valid 2") << QStringLiteral("320106198506150044") << true;
        QTest::newRow("born before 1900") << QStringLiteral("440524188001010014") << false;
        QTest::newRow("wrong check digit") << QStringLiteral("110105194912310021") << false;
        QTest::newRow("lower-case x normalised elsewhere") << QStringLiteral("11010519491231002x") << false;
        QTest::newRow("17 chars") << QStringLiteral("11010519491231002") << false;
        QTest::newRow("19 chars") << QStringLiteral("11010519491231002X1") << false;
        QTest::newRow("letter inside") << QStringLiteral("1101051949A231002X") << false;
        QTest::newRow("Feb 30") << QStringLiteral("110105194902300000") << false;
        QTest::newRow("month 13") << QStringLiteral("110105194913010000") << false;
    }
    void publishedVectors()
    {
        QFETCH(QString, number);
        QFETCH(bool, valid);
        QCOMPARE(Identity::isValidIdNumber(number), valid);
    }

    void explainsWhatIsWrong()
    {
        QVERIFY(Identity::validateIdNumber(QStringLiteral("110105194912310021")).contains(QStringLiteral("X")));
        QVERIFY(Identity::validateIdNumber(QStringLiteral("123")).contains(QStringLiteral("18")));
        QVERIFY(Identity::validateIdNumber(QStringLiteral("110105194902300000")).contains(QStringLiteral("19490230")));
    }

    void normalises()
    {
        QCOMPARE(Identity::normaliseIdNumber(QStringLiteral(" 11010519491231002x ")), QStringLiteral("11010519491231002X"));
        QCOMPARE(Identity::normaliseIdNumber(QStringLiteral("１１０１０５１９４９１２３１００２Ｘ")),
                 QStringLiteral("11010519491231002X"));
    }

    void birthDate()
    {
        QCOMPARE(Identity::birthDate(QStringLiteral("11010519491231002X")), QDate(1949, 12, 31));
    }

    void compose()
    {
        const QString n = Identity::composeIdNumber(QStringLiteral("330106"), QDate(1990, 3, 7), 123);
        QCOMPARE(n.size(), 18);
        QVERIFY(Identity::isValidIdNumber(n));
        QCOMPARE(Identity::birthDate(n), QDate(1990, 3, 7));
    }

    void checkCharacterOfNonDigits()
    {
        QCOMPARE(Identity::checkCharacter(u"11010519491231002"), QLatin1Char('X'));
        // Not 17 ASCII digits: no check character, and no read outside the table (found by
        // fuzz_idcard: a character below '0' made the sum negative).
        QVERIFY(Identity::checkCharacter(u"110!!!19491231001").isNull());
        QVERIFY(Identity::checkCharacter(u"1101051949123100-").isNull());
        QVERIFY(Identity::checkCharacter(u"1101051949").isNull());
        QVERIFY(Identity::checkCharacter(u"11010519491231002X").isNull());
    }

    void masks()
    {
        QCOMPARE(Identity::maskIdNumber(QStringLiteral("110101199003071234")), QStringLiteral("110101********1234"));
        QCOMPARE(Identity::maskPhone(QStringLiteral("13812345678")), QStringLiteral("138****5678"));
        QCOMPARE(Identity::maskPhone(QStringLiteral("0571-87654321")), QStringLiteral("057******4321"));
        QCOMPARE(Identity::maskPhone(QString()), QString());
        QCOMPARE(Identity::maskIdNumber(QStringLiteral("12")), QStringLiteral("**"));
    }
};

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
