// The certificate rules at their boundaries (spec/warnings.md, as of 2025-03-01).

#include "tst_rulehelpers.h"

#include "util/format.h"

using namespace Jiandu;
using namespace Jiandu::Test;

namespace {
const QDate kAsOf(2025, 3, 1);

OfficerSpec withCert(int n, const QDate &expires, const QString &name = QStringLiteral("张三"))
{
    OfficerSpec s;
    s.n = n;
    s.name = name;
    s.certNumber = QStringLiteral("Z%1").arg(n);
    s.certExpires = expires;
    return s;
}
} // namespace

class TestRuleCerts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expiryOnAsOfIsStillValid()
    {
        Test::TestDatabase t;
        const qint64 agency = addAgency(t.db(), QStringLiteral("某市市场监督管理局"));
        const qint64 onDay = addOfficer(t.db(), agency, withCert(1, kAsOf));
        const qint64 dayBefore = addOfficer(t.db(), agency, withCert(2, kAsOf.addDays(-1), QStringLiteral("李四")));
        const auto c = ruleContext();

        const auto expired = evaluateRule(t.db(), QStringLiteral("CERT_EXPIRED"), c);
        QCOMPARE(expired.size(), 1);
        const Rules::Warning &w = expired.first();
        QCOMPARE(w.recordId, dayBefore);
        QCOMPARE(w.rule, QStringLiteral("CERT_EXPIRED"));
        QCOMPARE(w.level, Rules::Level::Error);
        QCOMPARE(w.subject, Rules::Subject::Officer);
        QCOMPARE(w.key, idNumber(2));
        QCOMPARE(w.agency, QStringLiteral("某市市场监督管理局"));
        QCOMPARE(w.due, kAsOf.addDays(-1));
        QVERIFY(w.message.contains(QStringLiteral("李四")));
        QVERIFY(w.message.contains(Format::longDate(kAsOf.addDays(-1))));
        QVERIFY(!w.message.contains(idNumber(2)));
        // Expiring on the as-of date: still valid, so expiring rather than expired.
        QCOMPARE(firedIds(t.db(), QStringLiteral("CERT_EXPIRING"), c), QList<qint64>{onDay});
        QVERIFY(firedIds(t.db(), QStringLiteral("NO_VALID_CERT"), c).isEmpty());
    }

    void expiringWindowIsThirtyDaysInclusive()
    {
        Test::TestDatabase t;
        const qint64 agency = addAgency(t.db(), QStringLiteral("某县生态环境局"));
        const qint64 at30 = addOfficer(t.db(), agency, withCert(1, kAsOf.addDays(30)));
        addOfficer(t.db(), agency, withCert(2, kAsOf.addDays(31)));
        const auto found = evaluateRule(t.db(), QStringLiteral("CERT_EXPIRING"), ruleContext());
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().recordId, at30);
        QCOMPARE(found.first().due, kAsOf.addDays(30));
        QCOMPARE(found.first().level, Rules::Level::Warning);
        QVERIFY(found.first().message.contains(Format::longDate(kAsOf.addDays(30))));
        QVERIFY(firedIds(t.db(), QStringLiteral("CERT_EXPIRED"), ruleContext()).isEmpty());
    }

    void renewalIssuedLaterSuppressesExpiring()
    {
        Test::TestDatabase t;
        const qint64 agency = addAgency(t.db(), QStringLiteral("某县交通运输局"));
        const qint64 renewed = addOfficer(t.db(), agency, withCert(1, kAsOf.addDays(10)));
        addCertificate(t.db(), renewed, QStringLiteral("R1"), kAsOf.addDays(11), QDate(2030, 3, 10));
        const qint64 notRenewed = addOfficer(t.db(), agency, withCert(2, kAsOf.addDays(10)));
        const auto c = ruleContext();
        QCOMPARE(firedIds(t.db(), QStringLiteral("CERT_EXPIRING"), c), QList<qint64>{notRenewed});
        QVERIFY(firedIds(t.db(), QStringLiteral("NO_VALID_CERT"), c).isEmpty());
        // Once the old card has run out the renewal is in force; the other card has expired.
        const auto later = ruleContext(kAsOf.addDays(12));
        QCOMPARE(firedIds(t.db(), QStringLiteral("CERT_EXPIRED"), later), QList<qint64>{notRenewed});
        QVERIFY(firedIds(t.db(), QStringLiteral("CERT_EXPIRING"), later).isEmpty());
    }

    void noValidCertificateCases()
    {
        Test::TestDatabase t;
        const qint64 agency = addAgency(t.db(), QStringLiteral("某县城市管理综合执法局"));
        OfficerSpec none;
        none.n = 1;
        const qint64 noCert = addOfficer(t.db(), agency, none);
        OfficerSpec future = withCert(2, QDate(2031, 1, 1));
        future.certIssued = kAsOf.addDays(1);
        const qint64 notYet = addOfficer(t.db(), agency, future);
        OfficerSpec suspended = withCert(3, QDate(2027, 1, 1));
        suspended.certStatus = CertStatus::Suspended;
        const qint64 susp = addOfficer(t.db(), agency, suspended);
        OfficerSpec retired;
        retired.n = 4;
        retired.status = OfficerStatus::Retired;
        addOfficer(t.db(), agency, retired);
        addOfficer(t.db(), agency, withCert(5, QDate(2027, 1, 1))); // valid: nothing

        const auto c = ruleContext();
        const auto found = evaluateRule(t.db(), QStringLiteral("NO_VALID_CERT"), c);
        QList<qint64> ids;
        for (const auto &w : found) {
            ids << w.recordId;
            QVERIFY(!w.due.isValid());
            if (w.recordId == notYet)
                QVERIFY(w.message.contains(Format::longDate(kAsOf.addDays(1))));
        }
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, (QList<qint64>{noCert, notYet, susp}));
        // A card not yet in force is not "expired" either.
        QVERIFY(firedIds(t.db(), QStringLiteral("CERT_EXPIRED"), c).isEmpty());
        QVERIFY(firedIds(t.db(), QStringLiteral("CERT_EXPIRING"), c).isEmpty());
    }

    void inactiveOfficersGetNoStateWarnings()
    {
        Test::TestDatabase t;
        const qint64 agency = addAgency(t.db(), QStringLiteral("某县农业农村局"));
        OfficerSpec off = withCert(1, kAsOf.addDays(-100));
        off.status = OfficerStatus::OffPost;
        off.certStatus = CertStatus::Cancelled;
        addOfficer(t.db(), agency, off);
        const auto c = ruleContext();
        for (const char *id : {"CERT_EXPIRED", "CERT_EXPIRING", "NO_VALID_CERT", "CERT_NOT_CLEARED"})
            QVERIFY2(firedIds(t.db(), QString::fromLatin1(id), c).isEmpty(), id);
    }

    void statesAgreeWithTheRosterList()
    {
        Test::TestDatabase t;
        const qint64 agency = addAgency(t.db(), QStringLiteral("某县应急管理局"));
        const QList<int> offsets{-400, -1, 0, 1, 29, 30, 31, 365};
        int n = 0;
        for (int days : offsets)
            addOfficer(t.db(), agency, withCert(++n, kAsOf.addDays(days)));
        OfficerSpec none;
        none.n = ++n;
        addOfficer(t.db(), agency, none);
        OfficerSpec retired = withCert(++n, kAsOf.addDays(-5));
        retired.status = OfficerStatus::Retired;
        addOfficer(t.db(), agency, retired);

        const auto c = ruleContext();
        const QList<std::pair<CertState, const char *>> pairs{
            {CertState::Expired, "CERT_EXPIRED"}, {CertState::Expiring, "CERT_EXPIRING"}, {CertState::None, "NO_VALID_CERT"}};
        for (const auto &[state, rule] : pairs) {
            OfficerQuery q;
            q.asOf = kAsOf;
            q.status = OfficerStatus::Active;
            q.certState = state;
            auto rows = OfficerRepository(t.db()).list(q, 0, 1000);
            QVERIFY(rows.ok());
            QList<qint64> listed;
            for (const OfficerRow &r : rows.value())
                listed << r.officer.id;
            std::sort(listed.begin(), listed.end());
            QVERIFY2(!listed.isEmpty(), rule);
            QCOMPARE(firedIds(t.db(), QString::fromLatin1(rule), c), listed);
        }
    }

    void ineligibleEmploymentWithValidCertificate()
    {
        Test::TestDatabase t;
        const qint64 agency = addAgency(t.db(), QStringLiteral("某县文化和旅游局"));
        QList<qint64> expected;
        int n = 0;
        for (Employment e : {Employment::Contract, Employment::Temporary, Employment::Seconded, Employment::Probation}) {
            OfficerSpec s = withCert(++n, QDate(2027, 1, 1));
            s.employment = e;
            expected << addOfficer(t.db(), agency, s);
        }
        OfficerSpec expiredContract = withCert(++n, kAsOf.addDays(-1));
        expiredContract.employment = Employment::Contract;
        addOfficer(t.db(), agency, expiredContract);
        OfficerSpec futureTemp = withCert(++n, QDate(2029, 1, 1));
        futureTemp.employment = Employment::Temporary;
        futureTemp.certIssued = kAsOf.addDays(1);
        addOfficer(t.db(), agency, futureTemp);
        addOfficer(t.db(), agency, withCert(++n, QDate(2027, 1, 1))); // 在编

        const auto found = evaluateRule(t.db(), QStringLiteral("CERT_INELIGIBLE"), ruleContext());
        QList<qint64> ids;
        for (const auto &w : found) {
            ids << w.recordId;
            QCOMPARE(w.level, Rules::Level::Error);
            const qsizetype seed = expected.indexOf(w.recordId) + 1; // certificate "Z<n>"
            QVERIFY(seed > 0);
            QVERIFY(w.message.contains(QStringLiteral("Z%1").arg(seed)));
        }
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, expected);
    }

    void certificateNotClearedIgnoresDates()
    {
        Test::TestDatabase t;
        const qint64 agency = addAgency(t.db(), QStringLiteral("某县卫生健康委员会"));
        OfficerSpec retired = withCert(1, kAsOf.addDays(-300)); // expired, status still 有效
        retired.status = OfficerStatus::Retired;
        const qint64 r = addOfficer(t.db(), agency, retired);
        OfficerSpec transferred = withCert(2, QDate(2028, 1, 1));
        transferred.status = OfficerStatus::Transferred;
        const qint64 tr = addOfficer(t.db(), agency, transferred);
        addCertificate(t.db(), tr, QStringLiteral("Z2B"), QDate(2020, 1, 1), QDate(2021, 1, 1));
        OfficerSpec offCancelled = withCert(3, QDate(2028, 1, 1));
        offCancelled.status = OfficerStatus::OffPost;
        offCancelled.certStatus = CertStatus::Withdrawn;
        addOfficer(t.db(), agency, offCancelled);
        addOfficer(t.db(), agency, withCert(4, QDate(2028, 1, 1))); // active

        const auto found = evaluateRule(t.db(), QStringLiteral("CERT_NOT_CLEARED"), ruleContext());
        QCOMPARE(found.size(), 2);
        QList<qint64> ids{found.at(0).recordId, found.at(1).recordId};
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, (QList<qint64>{r, tr}));
        for (const auto &w : found) {
            if (w.recordId == tr) {
                QVERIFY(w.message.contains(QStringLiteral("Z2")));
                QVERIFY(w.message.contains(QStringLiteral("Z2B")));
            }
            QVERIFY(!w.due.isValid());
        }
    }
};

QTEST_GUILESS_MAIN(TestRuleCerts)
#include "tst_rulecerts.moc"
