// Passwords: Argon2id hashes through libsodium, and the policy (8 characters of 3 kinds).

#include "security/password.h"

#include <QtTest>

#include <sodium.h>

using namespace Jiandu::Security;

class TestPassword : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashVerifiesOnlyItsPassword()
    {
        const QString password = QStringLiteral("Qinghe-2025");
        auto hashed = Password::hash(password);
        QVERIFY(hashed.ok());
        QVERIFY(hashed->startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(hashed.value() != password);
        QVERIFY(!hashed->contains(password));
        QVERIFY(Password::verify(hashed.value(), password));
        QVERIFY(!Password::verify(hashed.value(), QStringLiteral("Qinghe-2026")));
        QVERIFY(!Password::verify(hashed.value(), QString()));
        QVERIFY(!Password::verify(QString(), password));
        QVERIFY(!Password::verify(QStringLiteral("not a hash"), password));
        // Salted: the same password hashes differently each time, both verify.
        auto again = Password::hash(password);
        QVERIFY(again.ok());
        QVERIFY(again.value() != hashed.value());
        QVERIFY(Password::verify(again.value(), password));
    }

    void nonAsciiPasswordsRoundTrip()
    {
        const QString password = QStringLiteral("监督台账Ab1");
        auto hashed = Password::hash(password);
        QVERIFY(hashed.ok());
        QVERIFY(Password::verify(hashed.value(), password));
        QVERIFY(!Password::verify(hashed.value(), QStringLiteral("监督台帐Ab1")));
    }

    void hashesWithAtLeastTheInteractiveLimits()
    {
        auto hashed = Password::hash(QStringLiteral("Abcdefg1"));
        QVERIFY(hashed.ok());
        QVERIFY(!Password::needsRehash(hashed.value()));
        // m=65536 KiB (64 MiB), t=2: libsodium's INTERACTIVE limits.
        QVERIFY2(hashed->contains(QStringLiteral("m=65536,t=2")), qPrintable(hashed.value()));
        // A hash made with libsodium's minimum limits verifies but asks for a rehash.
        QVERIFY(sodium_init() >= 0);
        char out[crypto_pwhash_STRBYTES] = {};
        QCOMPARE(crypto_pwhash_str_alg(out, "Abcdefg1", 8, crypto_pwhash_OPSLIMIT_MIN,
                                       crypto_pwhash_MEMLIMIT_MIN, crypto_pwhash_ALG_ARGON2ID13),
                 0);
        const QString weak = QString::fromLatin1(out);
        QVERIFY(Password::verify(weak, QStringLiteral("Abcdefg1")));
        QVERIFY(Password::needsRehash(weak));
    }

    void policy_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("7 characters of 4 kinds") << QStringLiteral("Ab1!xyz") << false;
        QTest::newRow("8 lower-case") << QStringLiteral("abcdefgh") << false;
        QTest::newRow("8 of 2 kinds (lower, digits)") << QStringLiteral("abcd1234") << false;
        QTest::newRow("8 of 2 kinds (upper, lower)") << QStringLiteral("Abcdefgh") << false;
        QTest::newRow("8 of 3 kinds") << QStringLiteral("Abcdefg1") << true;
        QTest::newRow("lower, digit, other") << QStringLiteral("abc-1234") << true;
        QTest::newRow("CJK counts as other") << QStringLiteral("abcd123监") << true;
        QTest::newRow("CJK only") << QStringLiteral("监督台账监督台账") << false;
        QTest::newRow("7 characters outside the BMP count once each")
            << QStringLiteral("Ab1\U00020000\U00020001\U00020002\U00020003") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void policy()
    {
        QFETCH(QString, password);
        QFETCH(bool, accepted);
        const QString problem = Password::policyProblem(password);
        QCOMPARE(problem.isEmpty(), accepted);
    }

    void policyExplainsWhatIsMissing()
    {
        QVERIFY(Password::policyProblem(QStringLiteral("Ab1!xyz")).contains(QStringLiteral("8")));
        QVERIFY(
            !Password::policyProblem(QStringLiteral("Ab1!xyz")).contains(QStringLiteral("kinds")));
        const QString kinds = Password::policyProblem(QStringLiteral("abcd1234"));
        QVERIFY(kinds.contains(QStringLiteral("3 of these kinds")));
        QVERIFY(!kinds.contains(QStringLiteral("8 characters")));
        const QString both = Password::policyProblem(QStringLiteral("abc"));
        QVERIFY(both.contains(QStringLiteral("8 characters")));
        QVERIFY(both.contains(QStringLiteral("kinds")));
    }

    void wipeClearsThePassword()
    {
        QString text = QStringLiteral("Secret-123");
        text.detach();
        Password::wipe(text);
        QVERIFY(text.isEmpty());
        QByteArray bytes("Secret-123");
        Password::wipe(bytes);
        QVERIFY(bytes.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPassword)
#include "tst_password.moc"
